export const getUser = async (id) => ({ id });

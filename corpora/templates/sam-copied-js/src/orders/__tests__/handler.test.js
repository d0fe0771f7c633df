const { handler } = require('../index');

test('answers 400 without an id', async () => {
  const response = await handler({ pathParameters: {} });
  expect(response.statusCode).toBe(400);
});

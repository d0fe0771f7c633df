exports.handler = async (event) => ({ keys: event.Records.map((r) => r.s3.object.key) });

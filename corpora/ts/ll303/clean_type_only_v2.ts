// SDK v2 names used only as types: `import X = NS.Y` aliases, an unused named import and
// `import type` are all erased by tsc / esbuild, so aws-sdk is never loaded.
import { DocumentClient } from "aws-sdk/lib/dynamodb/document_client";
import BatchGetItemInput = DocumentClient.BatchGetItemInput;
import { config } from "aws-sdk";
import type { S3 } from "aws-sdk";

export const handler = async (event: { keys: string[]; bucket?: S3.BucketName }) => {
  const params: BatchGetItemInput = { RequestItems: { Profiles: { Keys: event.keys.map((id) => ({ id })) } } };
  return params;
};

// A sibling nothing imports: its v2 import never loads in a function.
import { SQS } from "aws-sdk";

export const queue = new SQS({});

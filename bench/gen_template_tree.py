#!/usr/bin/env python3
"""Writes a "real tree" for benchmarking: the services of gen_handlers.py grouped into SAM stacks.

Each stack is a folder with a template.yaml whose functions name the handlers of its services
(CodeUri: svc_NNNNNN/, Handler: app.lambda_handler), with the settings a real monorepo has: Globals,
MemorySize and Timeout per function, API and SQS events, a queue with its VisibilityTimeout. One
stack in forty sets a value a template rule flags (an old runtime, a long API timeout, a short
visibility timeout). A fixed seed makes the tree identical on every run.

    bench/gen_template_tree.py OUT_DIR N_HANDLERS [--per-stack 16] [--seed 7]

N_HANDLERS services make 5 * N_HANDLERS Python files (a handler and four helper files each) in
N_HANDLERS / per-stack stacks: 5 000 handlers are 25 000 files in 313 stacks.
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_handlers  # noqa: E402  (the services themselves)

TEMPLATE_HEAD = '''AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: stack {stack} of the generated monorepo

Globals:
  Function:
    Runtime: {runtime}
    Timeout: {timeout}
    MemorySize: 256
    Environment:
      Variables:
        STAGE: prod

Resources:
  WorkQueue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: {visibility}
'''

FUNCTION_API = '''
  Svc{n}Function:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: svc_{n:06d}/
      Handler: app.lambda_handler
      MemorySize: {memory}
      Timeout: {fn_timeout}
      Events:
        Get:
          Type: Api
          Properties:
            Path: /svc{n}/{{id}}
            Method: get
'''

FUNCTION_SQS = '''
  Svc{n}Function:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: svc_{n:06d}/
      Handler: app.lambda_handler
      MemorySize: {memory}
      Events:
        Work:
          Type: SQS
          Properties:
            Queue: !GetAtt WorkQueue.Arn
            BatchSize: 10
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("handlers", type=int)
    ap.add_argument("--per-stack", type=int, default=16)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    stacks = max(1, (args.handlers + args.per_stack - 1) // args.per_stack)
    s = 0
    for k in range(stacks):
        folder = os.path.join(args.out, "stack_%04d" % k)
        os.makedirs(folder, exist_ok=True)
        odd = k % 40 == 39  # one stack in forty carries a template finding
        text = TEMPLATE_HEAD.format(stack=k, runtime="python3.7" if odd else "python3.12",
                                    timeout=rng.choice([10, 15, 20]),
                                    visibility=60 if odd else 180)
        for _ in range(args.per_stack):
            if s >= args.handlers:
                break
            gen_handlers.write_service(os.path.join(folder, "svc_%06d" % s), s, rng)
            shape = FUNCTION_SQS if rng.random() < 0.3 else FUNCTION_API
            text += shape.format(n=s, memory=rng.choice([256, 512, 1024]),
                                 fn_timeout=45 if odd and s % 2 else rng.choice([10, 20, 25]))
            s += 1
        gen_handlers.write(os.path.join(folder, "template.yaml"), text)


if __name__ == "__main__":
    main()

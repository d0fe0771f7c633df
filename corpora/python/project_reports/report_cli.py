"""A command-line entry point, not a Lambda handler (its parameters are not (event, context))."""
import sys

from report_queries import poll_forever


def handler(argv, stream):
    stream.write(str(poll_forever(argv[1])))


if __name__ == "__main__":
    handler(sys.argv, sys.stdout)

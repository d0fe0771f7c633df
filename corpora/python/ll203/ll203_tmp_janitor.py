import glob
import os


def ll203_clear_tmp(pattern="/tmp/*.pdf"):
    for path in glob.glob(pattern):
        os.remove(path)

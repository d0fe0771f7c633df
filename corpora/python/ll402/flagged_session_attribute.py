import os

import requests


class GithubClient:
    def __init__(self, token):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"token {token}"

    def issues(self, repo):
        return self.session.get(f"https://api.github.com/repos/{repo}/issues").json()  # expect: LL402


client = GithubClient(os.environ["GITHUB_TOKEN"])


def lambda_handler(event, context):
    return {"count": len(client.issues(event["repo"]))}

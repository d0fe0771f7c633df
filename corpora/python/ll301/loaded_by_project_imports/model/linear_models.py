"""The model definition: it needs torch when the module loads."""
import torch


class TinyRegressor(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = torch.nn.Linear(4, 1)

    def forward(self, x):
        return self.linear(x)

    def predict(self, features):
        with torch.no_grad():
            return self.forward(torch.tensor(features)).tolist()

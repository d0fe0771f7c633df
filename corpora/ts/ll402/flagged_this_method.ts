// A service class of the handler's module: `this.sendRequest()` reaches the fetch, as does the
// handler's `new ApiClient().authenticate()` and a method called on a local instance.
class ApiClient {
  protected async sendRequest(method: string): Promise<unknown> {
    const r = await fetch("https://api.example.com/oauth/token", { method }); // expect: LL402
    return r.json();
  }

  async authenticate(): Promise<unknown> {
    return this.sendRequest("POST");
  }

  async ping(): Promise<number> {
    const r = await fetch("https://api.example.com/ping", { signal: AbortSignal.timeout(2000) });
    return r.status;
  }
}

export const handler = async (event: { check?: boolean }) => {
  const client = new ApiClient();
  if (event.check) return client.ping();
  return new ApiClient().authenticate();
};

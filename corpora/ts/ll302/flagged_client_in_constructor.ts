// A repository class builds its client in the constructor, and the handler builds the
// repository on every invocation: a new client (and connection pool) per request.
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";

class StockRepository {
  private readonly db: DynamoDBClient;

  constructor(private readonly table: string) {
    this.db = new DynamoDBClient({}); // expect: LL302
  }

  async level(sku: string) {
    const out = await this.db.send(new GetItemCommand({ TableName: this.table, Key: { sku: { S: sku } } }));
    return out.Item;
  }
}

export const handler = async (event: { sku: string }) => {
  const stock = new StockRepository(process.env.STOCK_TABLE ?? "stock");
  return stock.level(event.sku);
};

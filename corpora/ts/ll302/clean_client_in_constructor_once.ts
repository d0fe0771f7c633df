// The same class, built once when the module loads: its constructor runs at init only.
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";

class StockReader {
  private readonly db: DynamoDBClient;

  constructor(private readonly table: string) {
    this.db = new DynamoDBClient({});
  }

  async level(sku: string) {
    const out = await this.db.send(new GetItemCommand({ TableName: this.table, Key: { sku: { S: sku } } }));
    return out.Item;
  }
}

const reader = new StockReader(process.env.STOCK_TABLE ?? "stock");

export const handler = async (event: { sku: string }) => reader.level(event.sku);

import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";

class Ledger {
  private db: DynamoDBClient;
  constructor(private readonly table: string) {
    this.db = new DynamoDBClient({}); // expect: LL302
  }
  async record(id: string): Promise<void> {
    await this.db.send(new PutItemCommand({ TableName: this.table, Item: { id: { S: id } } }));
  }
}

export default Ledger;

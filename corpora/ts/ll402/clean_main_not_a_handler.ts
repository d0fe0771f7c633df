// a CLI entry point `main(argv)` is not a handler: its parameters are not (event, …)
import axios from "axios";

export async function main(argv: string[]) {
  const { data } = await axios.get(argv[2]);
  console.log(data);
}

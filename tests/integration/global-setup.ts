// Integration tests need a Neo4j: placeholder until the store lands.
export default async function setup(): Promise<void> {}

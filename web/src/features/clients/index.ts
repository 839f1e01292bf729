export { ClientSearch } from "./routes/ClientSearch";
export { ClientRecord } from "./routes/ClientRecord";
export { ClientCreate } from "./routes/ClientCreate";
export { StatusSettings } from "./routes/StatusSettings";
export type { Client } from "./api/clients";

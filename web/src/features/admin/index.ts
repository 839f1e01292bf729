export { Users } from "./routes/Users";
export { UserRecord } from "./routes/UserRecord";

export { Users } from "./routes/Users";
export { UserRecord } from "./routes/UserRecord";
export { CompanySettings } from "./routes/CompanySettings";
export { ActionTypes } from "./routes/ActionTypes";
export { TaskCatalog } from "./routes/SettingsLists";

export { ActionPanel } from "./components/ActionPanel";
export { MyActions } from "./routes/MyActions";

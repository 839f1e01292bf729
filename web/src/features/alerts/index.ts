export { AlertBell } from "./components/AlertBell";
export { AlertsPage } from "./routes/AlertsPage";
export { useAlertStream } from "./api/stream";

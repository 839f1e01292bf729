export { PlanningBoard } from "./routes/PlanningBoard";
export { OperatorAgenda } from "./routes/OperatorAgenda";
export { ClientPlanning } from "./routes/ClientPlanning";

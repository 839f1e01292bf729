export { Home } from "./routes/Home";
export { PreferencesPage, PreferencesForm } from "./routes/PreferencesPage";
export { SavOpenForm } from "./components/SavOpenForm";

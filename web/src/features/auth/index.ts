export { SignIn } from "./routes/SignIn";
export { RequireSession } from "./components/RequireSession";
export { signOut } from "./api/auth";

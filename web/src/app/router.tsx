import { lazy, Suspense, type ReactNode } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { RequireSession, SignIn } from "@/features/auth";
import { RouteError } from "@/components/RouteError";
import { Shell } from "./Shell";

// screens behind the sign-in load on demand: the sign-in page stays small and quick
const ClientSearch = lazy(() => import("@/features/clients").then((m) => ({ default: m.ClientSearch })));
const ClientCreate = lazy(() => import("@/features/clients").then((m) => ({ default: m.ClientCreate })));
const RecordWithActions = lazy(() => import("./RecordWithActions"));
const MyActions = lazy(() => import("@/features/actions").then((m) => ({ default: m.MyActions })));
const AlertsPage = lazy(() => import("@/features/alerts").then((m) => ({ default: m.AlertsPage })));
const Users = lazy(() => import("@/features/admin").then((m) => ({ default: m.Users })));
const UserRecord = lazy(() => import("@/features/admin").then((m) => ({ default: m.UserRecord })));
const PlanningBoard = lazy(() => import("@/features/planning").then((m) => ({ default: m.PlanningBoard })));
const OperatorAgenda = lazy(() => import("@/features/planning").then((m) => ({ default: m.OperatorAgenda })));
const PasswordChange = lazy(() => import("@/features/auth/routes/PasswordChange").then((m) => ({ default: m.PasswordChange })));

function page(element: ReactNode) {
  return <Suspense fallback={<p className="page" role="status">Chargement…</p>}>{element}</Suspense>;
}

export const router = createBrowserRouter([
  { path: "/connexion", element: <SignIn /> },
  {
    path: "/",
    element: <RequireSession><Shell /></RequireSession>,
    errorElement: <RouteError />,
    children: [
      { errorElement: <RouteError />, children: [
      { index: true, element: <Navigate to="/clients" replace /> },
      { path: "clients", element: page(<ClientSearch />) },
      { path: "clients/nouveau", element: page(<ClientCreate />) },
      { path: "clients/:clientId", element: page(<RecordWithActions />) },
      { path: "actions", element: page(<MyActions />) },
      { path: "planning", element: page(<PlanningBoard />) },
      { path: "planning/agenda", element: page(<OperatorAgenda />) },
      { path: "alertes", element: page(<AlertsPage />) },
      { path: "mot-de-passe", element: page(<PasswordChange />) },
      { path: "parametres/utilisateurs", element: page(<Users />) },
      { path: "parametres/utilisateurs/:userId", element: page(<UserRecord />) },
      { path: "*", element: <RouteError /> },
      ] },
    ],
  },
]);

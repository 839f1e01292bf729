import { lazy, Suspense, type ReactNode } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { RequireSession, SignIn } from "@/features/auth";
import { RouteError } from "@/components/RouteError";
import { Shell } from "./Shell";

// screens behind the sign-in load on demand: the sign-in page stays small and quick
const ClientSearch = lazy(() => import("@/features/clients").then((m) => ({ default: m.ClientSearch })));
const ClientCreate = lazy(() => import("@/features/clients").then((m) => ({ default: m.ClientCreate })));
const StatusSettings = lazy(() => import("@/features/clients").then((m) => ({ default: m.StatusSettings })));
const RecordWithActions = lazy(() => import("./RecordWithActions"));
const MyActions = lazy(() => import("@/features/actions").then((m) => ({ default: m.MyActions })));
const AlertsPage = lazy(() => import("@/features/alerts").then((m) => ({ default: m.AlertsPage })));
const Users = lazy(() => import("@/features/admin").then((m) => ({ default: m.Users })));
const UserWithPreferences = lazy(() => import("./UserWithPreferences"));
const CompanySettings = lazy(() => import("@/features/admin").then((m) => ({ default: m.CompanySettings })));
const ActionTypes = lazy(() => import("@/features/admin").then((m) => ({ default: m.ActionTypes })));
const TaskCatalog = lazy(() => import("@/features/admin").then((m) => ({ default: m.TaskCatalog })));
const PlanningBoard = lazy(() => import("@/features/planning").then((m) => ({ default: m.PlanningBoard })));
const OperatorAgenda = lazy(() => import("@/features/planning").then((m) => ({ default: m.OperatorAgenda })));
const Home = lazy(() => import("@/features/home").then((m) => ({ default: m.Home })));
const PreferencesPage = lazy(() => import("@/features/home").then((m) => ({ default: m.PreferencesPage })));
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
      { index: true, element: page(<Home />) },
      { path: "accueil", element: <Navigate to="/" replace /> },
      { path: "preferences", element: page(<PreferencesPage />) },
      { path: "clients", element: page(<ClientSearch />) },
      { path: "clients/nouveau", element: page(<ClientCreate />) },
      { path: "clients/:clientId", element: page(<RecordWithActions />) },
      { path: "actions", element: page(<MyActions />) },
      { path: "planning", element: page(<PlanningBoard />) },
      { path: "planning/agenda", element: page(<OperatorAgenda />) },
      { path: "alertes", element: page(<AlertsPage />) },
      { path: "mot-de-passe", element: page(<PasswordChange />) },
      { path: "parametres/utilisateurs", element: page(<Users />) },
      { path: "parametres/utilisateurs/:userId", element: page(<UserWithPreferences />) },
      { path: "parametres/societe", element: page(<CompanySettings />) },
      { path: "parametres/actions", element: page(<ActionTypes />) },
      { path: "parametres/statuts", element: page(<StatusSettings />) },
      { path: "parametres/taches", element: page(<TaskCatalog />) },
      { path: "*", element: <RouteError /> },
      ] },
    ],
  },
]);

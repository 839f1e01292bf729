/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

// Without the gateway (dev mode, budgets, tests of the built app), `/api/<service>` goes to the
// services started by deploy/local/system.py, the prefix stripped as the gateway does.
// OUVRAGE_API_PORT_BASE moves the five ports (identity first, notifier last).
const SERVICES = ["identity", "clients", "actions", "planning", "notifier"] as const;
const base = Number(process.env.OUVRAGE_API_PORT_BASE ?? "8001");
const proxy = Object.fromEntries(
  SERVICES.map((name, index) => [
    `/api/${name}`,
    {
      target: `http://127.0.0.1:${base + index}`,
      rewrite: (path: string) => path.replace(new RegExp(`^/api/${name}`), ""),
    },
  ]),
);

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  server: { proxy },
  preview: { proxy },
  build: { target: "es2022", sourcemap: false },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    setupFiles: ["./src/test-setup.ts"],
  },
});

"""A working day of a 50-person building company, for locust (run by bench/load_day.py).

Each locust user is one employee, logged in (their token read from OUVRAGE_LOAD_PEOPLE, a JSON
file the driver writes: gateway address, tokens, client ids, the action type). The task weights
are one person's day in the office and on the phone (the FAQ's uses):

| what | per person per 8-hour day |
|---|---|
| client search (`GET /clients?q=`) | 40 |
| record view (`GET /clients/{id}`, then its actions) | 60 + 60 |
| action created on a record (`POST /clients/{id}/actions`) | 8 |
| planning board (`GET /planning`, a week) | 20 |
| home page (`GET /home`) and alert list (`GET /alerts`) | 10 + 20 |
| alert stream opened (`GET /alerts/stream`, server-sent events) | 4 |

162 gestures (222 requests) a person a day; ``OUVRAGE_LOAD_SPEEDUP`` (10 by default) divides the
pause between two gestures: 50 people at 10x are 50 x 222 x 10 / 28,800 s, about 3.9 requests a
second.
"""

from __future__ import annotations

import json
import os
import random
import uuid
from datetime import date, timedelta
from itertools import count
from typing import Any

from locust import HttpUser, between, task

DAY_SECONDS = 8 * 3600
GESTURES_PER_DAY = 162  # the task weights below, summed
SPEEDUP = float(os.environ.get("OUVRAGE_LOAD_SPEEDUP", "10"))
MEAN_PAUSE = DAY_SECONDS / GESTURES_PER_DAY / SPEEDUP  # seconds between two gestures of a person

with open(os.environ["OUVRAGE_LOAD_PEOPLE"], encoding="utf-8") as source:
    PEOPLE: dict[str, Any] = json.load(source)
_next = count()
SEARCHES = ["Mar", "Dup", "Ber", "Lef", "Mor", "Gir", "Bon", "Rou", "Fau", "Mer"]


class Employee(HttpUser):
    host = PEOPLE["gateway"]
    wait_time = between(0.5 * MEAN_PAUSE, 1.5 * MEAN_PAUSE)

    def on_start(self) -> None:
        token = PEOPLE["tokens"][next(_next) % len(PEOPLE["tokens"])]
        self.client.headers["Authorization"] = f"Bearer {token}"

    def _client_id(self) -> str:
        return str(random.choice(PEOPLE["clients"]))

    @task(40)
    def search(self) -> None:
        query = random.choice(SEARCHES)
        self.client.get(f"/api/clients/clients?q={query}&limit=20", name="GET /clients?q=")

    @task(60)
    def view_record(self) -> None:
        client_id = self._client_id()
        self.client.get(f"/api/clients/clients/{client_id}", name="GET /clients/{id}")
        self.client.get(
            f"/api/actions/actions?client_id={client_id}&limit=20", name="GET /actions?client_id="
        )

    @task(8)
    def create_action(self) -> None:
        alert_at = (date.today() + timedelta(days=random.randint(1, 30))).isoformat() + "T09:00:00"
        body = {"action_type_id": PEOPLE["action_type"], "alert_at": alert_at, "note": "Rappeler"}
        self.client.post(
            f"/api/actions/clients/{self._client_id()}/actions",
            json=body,
            headers={"Idempotency-Key": str(uuid.uuid4())},
            name="POST /clients/{id}/actions",
        )

    @task(20)
    def planning_board(self) -> None:
        monday = date.today() - timedelta(days=date.today().weekday())
        sunday = monday + timedelta(days=6)
        self.client.get(
            f"/api/planning/planning?from={monday}&to={sunday}", name="GET /planning (week)"
        )

    @task(10)
    def home(self) -> None:
        self.client.get("/api/planning/home", name="GET /home")

    @task(20)
    def alerts(self) -> None:
        self.client.get("/api/notifier/alerts?limit=20", name="GET /alerts")

    @task(4)
    def alert_stream(self) -> None:
        """The web app opens the stream on each page load; timed until its first bytes."""
        with self.client.get(
            "/api/notifier/alerts/stream",
            name="GET /alerts/stream (open)",
            stream=True,
            catch_response=True,
            headers={"Accept": "text/event-stream"},
        ) as response:
            if response.status_code != 200:
                response.failure(f"status {response.status_code}")
            else:
                response.success()

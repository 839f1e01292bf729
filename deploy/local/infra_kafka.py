"""Apache Kafka 4.1 (KRaft, one combined broker+controller) from Maven Central jars, on the JDK."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import signal
import subprocess
import time
import uuid
from pathlib import Path

from infra_common import (
    HOST,
    KAFKA_CONTROLLER_PORT,
    KAFKA_PORT,
    ROOT,
    SERVICES,
    InfraError,
    Status,
    owned_pid,
    pid_alive,
    port_open,
    port_owner_hint,
    require_tool,
    say,
    spawn_detached,
    started_at,
    stop_process,
    tail,
    venv_python,
)

NAME = "kafka"
POM = ROOT / "deploy" / "local" / "pom.xml"
TOPICS = tuple(f"ouvrage.{service}.events" for service in SERVICES)
TOPIC_PARTITIONS = 6
TOPIC_CONFIG = {"retention.ms": "-1"}  # events are kept forever: new subscribers replay them
START_TIMEOUT = 120.0
JVM_OPTS = [
    "-Xms512m", "-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
    "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
]  # fmt: skip

SERVER_PROPERTIES = """\
# written by deploy/local/infra.py on every `up`: edit there, not here
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers={host}:{controller_port}
listeners=PLAINTEXT://{host}:{port},CONTROLLER://{host}:{controller_port}
advertised.listeners=PLAINTEXT://{host}:{port},CONTROLLER://{host}:{controller_port}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs={data}
num.partitions=6
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=12
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=6
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
delete.topic.enable=true
num.network.threads=3
num.io.threads=4
"""

LOG4J2_PROPERTIES = """\
# written by deploy/local/infra.py: Kafka 4.x logs through log4j2
status = warn
name = ouvrage-kafka
appender.file.type = RollingFile
appender.file.name = FILE
appender.file.fileName = {log}
appender.file.filePattern = {log}.%i
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
appender.file.policies.type = Policies
appender.file.policies.size.type = SizeBasedTriggeringPolicy
appender.file.policies.size.size = 20MB
appender.file.strategy.type = DefaultRolloverStrategy
appender.file.strategy.max = 5
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = FILE
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.statechange.name = state.change.logger
logger.statechange.level = WARN
"""


class Kafka:
    """The broker under ``local/<dirname>``; ports and data dir are parameters so that a second,
    differently configured broker (the SASL one of the tests) can run beside the shared one."""

    def __init__(
        self,
        local: Path,
        *,
        dirname: str = "kafka",
        port: int = KAFKA_PORT,
        controller_port: int = KAFKA_CONTROLLER_PORT,
        libs: Path | None = None,
    ) -> None:
        self.port = port
        self.controller_port = controller_port
        self.bootstrap = f"{HOST}:{port}"
        self.base = local / dirname
        # The jars are the same for every broker: fetched once into local/kafka/libs.
        self.libs = libs or local / "kafka" / "libs"
        self.data = self.base / "data"
        self.props = self.base / "server.properties"
        self.log4j = self.base / "log4j2.properties"
        self.log = self.base / "kafka.log"
        self.out = self.base / "kafka.out"
        self.pid_file = self.base / "kafka.pid"
        self.cluster_id_file = self.base / "cluster.id"
        self.marker = self.libs / ".complete"

    def pid(self) -> int | None:
        return owned_pid(self.pid_file, f"kafka.Kafka {self.props}")

    def status(self) -> Status:
        pid = self.pid()
        return Status(
            NAME,
            pid is not None and port_open(self.port),
            pid,
            f"{self.bootstrap} (controller :{self.controller_port})",
            started_at(pid) if pid else None,
            str(self.data),
        )

    def java(self, main_class: str, *args: str, opts: tuple[str, ...] = ()) -> list[str]:
        java = require_tool("java", "install a JDK 17+ (apt-get install openjdk-17-jre-headless)")
        return [
            java, *opts, f"-Dlog4j2.configurationFile={self.log4j}",
            "-cp", f"{self.libs}/*", main_class, *args,
        ]  # fmt: skip

    # -- up ------------------------------------------------------------------------------
    def up(self) -> None:
        require_tool("java", "install a JDK 17+ (apt-get install openjdk-17-jre-headless)")
        if self.status().running:
            say(NAME, f"already running (pid {self.pid()})")
        else:
            self._check_ports_free()
            self.base.mkdir(parents=True, exist_ok=True)
            self._fetch_jars()
            self._write_config()
            self._format_storage()
            self._start()
        self._ensure_topics()

    def _pom_digest(self) -> str:
        return hashlib.sha256(POM.read_bytes()).hexdigest()

    def _fetch_jars(self) -> None:
        if self.marker.exists() and self.marker.read_text().strip() == self._pom_digest():
            return
        mvn = require_tool("mvn", "install Maven (apt-get install maven) to fetch the Kafka jars")
        staging = self.base / "libs.partial"
        shutil.rmtree(staging, ignore_errors=True)
        say(NAME, "fetching the broker jars with Maven (first start only)")
        done = subprocess.run(
            [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
             "-DincludeScope=runtime", f"-DoutputDirectory={staging}"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0 or not any(staging.glob("kafka_2.13-*.jar")):
            last = (done.stdout + done.stderr).strip().splitlines()[-3:]
            raise InfraError(f"mvn could not fetch the Kafka jars: {' | '.join(last)}")
        shutil.rmtree(self.libs, ignore_errors=True)
        # the jars are shared by every broker: a SASL broker on a fresh checkout is the first
        # to fetch them, before local/kafka exists
        self.libs.parent.mkdir(parents=True, exist_ok=True)
        staging.rename(self.libs)
        self.marker.write_text(self._pom_digest() + "\n")
        say(NAME, f"{len(list(self.libs.glob('*.jar')))} jars in {self.libs}")

    def _write_config(self) -> None:
        self.props.write_text(
            SERVER_PROPERTIES.format(
                host=HOST, port=self.port, controller_port=self.controller_port, data=self.data
            )
        )
        self._write_log_config()

    def _write_log_config(self) -> None:
        self.log4j.write_text(LOG4J2_PROPERTIES.format(log=self.log))

    def _cluster_id(self) -> str:
        if not self.cluster_id_file.exists():
            # Kafka's Uuid text form: URL-safe base64 of 16 random bytes, unpadded; like Kafka's
            # Uuid.randomUuid, never one starting with "-" (a command line reads it as an option)
            raw = "-"
            while raw.startswith("-"):
                raw = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
            self.cluster_id_file.write_text(raw + "\n")
        return self.cluster_id_file.read_text().strip()

    def _format_storage(self) -> None:
        if (self.data / "meta.properties").exists():
            return
        say(NAME, f"formatting KRaft storage in {self.data}")
        cmd = self.java(
            "kafka.tools.StorageTool", "format", f"--cluster-id={self._cluster_id()}",
            "-c", str(self.props), "--standalone", *self._format_options(), opts=("-Xmx256m",),
        )  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            shutil.rmtree(self.data, ignore_errors=True)
            raise InfraError(f"kafka storage format failed: {(done.stdout + done.stderr).strip()}")

    def _format_options(self) -> list[str]:
        """More ``StorageTool format`` options (the SASL broker adds its SCRAM credentials)."""
        return []

    def _check_ports_free(self) -> None:
        for port in (self.port, self.controller_port):
            if port_open(port):
                raise InfraError(
                    f"port {port} is taken by another process{port_owner_hint(port)}: "
                    "another Ouvrage instance? run `infra.py down` where it was started"
                )

    def _start(self) -> None:
        say(NAME, f"starting on {self.bootstrap}")
        cmd = self.java("kafka.Kafka", str(self.props), opts=tuple(JVM_OPTS))
        pid = spawn_detached(cmd, self.out, cwd=self.base)
        self.pid_file.write_text(f"{pid}\n")
        deadline = time.monotonic() + START_TIMEOUT
        while not port_open(self.port):
            if not pid_alive(pid):
                raise InfraError(f"Kafka exited during start; log tail:\n{tail(self.log)}")
            if time.monotonic() > deadline:
                raise InfraError(f"Kafka not listening after {START_TIMEOUT:.0f}s; see {self.log}")
            time.sleep(0.2)

    # -- topics --------------------------------------------------------------------------
    def _ensure_topics(self) -> None:
        """List the topics (the readiness probe) and create the missing service topics."""
        python = venv_python("aiokafka")
        created = self._ensure_with_aiokafka(python) if python else self._ensure_with_java()
        for topic in created:
            say(NAME, f"created topic {topic}")

    def _ensure_with_aiokafka(self, python: str) -> list[str]:
        helper = ROOT / "deploy" / "local" / "kafka_topics.py"
        cmd = [
            python, str(helper), "--bootstrap", self.bootstrap, *self._client_arguments(),
            "--partitions", str(TOPIC_PARTITIONS), "--timeout", str(START_TIMEOUT),
            *[f"--config={key}={value}" for key, value in TOPIC_CONFIG.items()], *TOPICS,
        ]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise InfraError(f"Kafka not ready: {done.stderr.strip().splitlines()[-1:]}")
        return list(json.loads(done.stdout)["created"])

    def _client_arguments(self) -> list[str]:
        """How the topic helper authenticates (the SASL broker: as its administrator)."""
        return []

    def _topic_command(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = self.java(
            "org.apache.kafka.tools.TopicCommand", "--bootstrap-server", self.bootstrap, *args,
            opts=("-Xmx256m", "-XX:TieredStopAtLevel=1"),
        )  # fmt: skip
        return subprocess.run(cmd, capture_output=True, text=True, check=False)

    def _ensure_with_java(self) -> list[str]:
        deadline = time.monotonic() + START_TIMEOUT
        while (listed := self._topic_command("--list")).returncode != 0:
            if time.monotonic() > deadline:
                raise InfraError(f"Kafka not ready: {listed.stderr.strip()[-300:]}")
            time.sleep(1)
        existing = set(listed.stdout.split())
        created = []
        for topic in TOPICS:
            if topic in existing:
                continue
            configs = [f"--config={key}={value}" for key, value in TOPIC_CONFIG.items()]
            done = self._topic_command(
                "--create", "--if-not-exists", "--topic", topic,
                "--partitions", str(TOPIC_PARTITIONS), "--replication-factor", "1", *configs,
            )  # fmt: skip
            if done.returncode != 0:
                raise InfraError(f"could not create topic {topic}: {done.stderr.strip()[-300:]}")
            created.append(topic)
        return created

    # -- down ----------------------------------------------------------------------------
    def down(self) -> None:
        pid = self.pid()
        if pid is None:
            say(NAME, "not running")
            self.pid_file.unlink(missing_ok=True)
            return
        killed = stop_process(pid, signal.SIGTERM, timeout=60)
        self.pid_file.unlink(missing_ok=True)
        say(NAME, f"stopped (pid {pid}{', killed -9' if killed else ''})")

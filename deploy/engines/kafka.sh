# Kafka 3.9 in KRaft combined mode, its jars resolved from Maven Central (sourced by engines.sh).

KAFKA_VERSION=3.9.1
KAFKA_HOME="$CARTA_CACHE_DIR/kafka-$KAFKA_VERSION"
KAFKA_LIBS="$KAFKA_HOME/libs"
KAFKA_DIR="$CARTA_STATE_DIR/kafka"
KAFKA_LOG="$CARTA_STATE_DIR/kafka.log"
KAFKA_PID="$CARTA_STATE_DIR/kafka.pid"

kafka_install() {
  [ -f "$KAFKA_LIBS/.complete" ] && return 0
  need java "install OpenJDK 17 (apt-get install -y openjdk-17-jre-headless)"
  need mvn "install Maven (apt-get install -y maven)"
  say "resolving Kafka $KAFKA_VERSION from Maven Central (first run only)"
  mkdir -p "$KAFKA_HOME"
  # The POM carries no logging backend (the release tarball ships one): add reload4j.
  cat >"$KAFKA_HOME/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>carta.engines</groupId><artifactId>kafka-classpath</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$KAFKA_VERSION</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-reload4j</artifactId><version>1.7.36</version></dependency>
    <dependency><groupId>ch.qos.reload4j</groupId><artifactId>reload4j</artifactId><version>1.2.25</version></dependency>
  </dependencies>
</project>
POM
  rm -rf "$KAFKA_LIBS"
  mvn -q -B -f "$KAFKA_HOME/pom.xml" -Dmaven.repo.local="$CARTA_CACHE_DIR/m2" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS" >"$KAFKA_HOME/mvn.log" 2>&1 \
    || { tail -n 40 "$KAFKA_HOME/mvn.log" >&2; die "could not resolve Kafka from Maven Central"; }
  touch "$KAFKA_LIBS/.complete"
}

kafka_ready() { grep -q 'Kafka Server started' "$KAFKA_LOG" 2>/dev/null && port_open "$CARTA_KAFKA_PORT"; }

kafka_up() {
  if pid_alive "$KAFKA_PID" && port_open "$CARTA_KAFKA_PORT"; then say "kafka already running (pid $(cat "$KAFKA_PID"))"; return 0; fi
  port_open "$CARTA_KAFKA_PORT" && { say "something already answers on 127.0.0.1:$CARTA_KAFKA_PORT; reusing it as Kafka"; return 0; }
  kafka_install
  mkdir -p "$KAFKA_DIR/data"
  cat >"$KAFKA_DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CARTA_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$CARTA_KAFKA_PORT,CONTROLLER://127.0.0.1:$CARTA_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$CARTA_KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
num.partitions=3
auto.create.topics.enable=true
log.dirs=$KAFKA_DIR/data
PROPS
  cat >"$KAFKA_DIR/log4j.properties" <<LOG4J
log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka=INFO
log4j.logger.org.apache.kafka=WARN
log4j.logger.kafka.server.KafkaServer=INFO
LOG4J
  [ -f "$KAFKA_DIR/cluster-id" ] || java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1 >"$KAFKA_DIR/cluster-id"
  java -Dlog4j.configuration="file:$KAFKA_DIR/log4j.properties" -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format \
    -t "$(cat "$KAFKA_DIR/cluster-id")" -c "$KAFKA_DIR/server.properties" --ignore-formatted >>"$KAFKA_DIR/format.log" 2>&1 \
    || { tail -n 20 "$KAFKA_DIR/format.log" >&2; die "kafka storage format failed"; }
  say "starting kafka $KAFKA_VERSION on 127.0.0.1:$CARTA_KAFKA_PORT"
  : >"$KAFKA_LOG"
  nohup java -Xms256m -Xmx512m -Dlog4j.configuration="file:$KAFKA_DIR/log4j.properties" -cp "$KAFKA_LIBS/*" \
    kafka.Kafka "$KAFKA_DIR/server.properties" >"$KAFKA_LOG" 2>&1 &
  echo $! >"$KAFKA_PID"
  wait_until 120 kafka "$KAFKA_LOG" kafka_ready || { stop_pid kafka "$KAFKA_PID"; die "kafka failed to start"; }
  say "kafka ready (pid $(cat "$KAFKA_PID"))"
}

kafka_down() { stop_pid kafka "$KAFKA_PID"; }

kafka_status() {
  if port_open "$CARTA_KAFKA_PORT"; then echo "kafka: up on 127.0.0.1:$CARTA_KAFKA_PORT"; else echo "kafka: down"; fi
}

{{/* Names and labels. */}}
{{- define "carta.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "carta.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* Selector labels of one component: (dict "root" $ "name" "intake"). */}}
{{- define "carta.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{- define "carta.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "carta.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "carta.image" -}}
{{- if .Values.image.digest -}}
{{ .Values.image.repository }}@{{ .Values.image.digest }}
{{- else -}}
{{ .Values.image.repository }}:{{ default .Chart.AppVersion .Values.image.tag }}
{{- end -}}
{{- end -}}

{{/* One component's settings: componentDefaults overridden by components.<name>, as YAML (use with fromYaml). */}}
{{- define "carta.component" -}}
{{- $component := index .root.Values.components .name -}}
{{- mustMergeOverwrite (deepCopy .root.Values.componentDefaults) (deepCopy $component) | toYaml -}}
{{- end -}}

{{/* The chart's own Secret, holding whatever is not taken from an existing Secret. */}}
{{- define "carta.secretName" -}}
{{- printf "%s-secrets" (include "carta.fullname" .) -}}
{{- end -}}

{{/* Refuses to render without what Carta cannot start without; the processes re-check everything at start-up. */}}
{{- define "carta.validate" -}}
{{- $_ := required "publicUrl is required (the gateway's public origin, CARTA_PUBLIC_URL)" .Values.publicUrl -}}
{{- $_ := required "kafka.brokers is required (host:port, comma-separated)" .Values.kafka.brokers -}}
{{- $_ := required "s3.endpoint is required (the S3 store the services reach)" .Values.s3.endpoint -}}
{{- $_ := required "auth.jwksUrl is required (the OIDC issuer's JWKS, https)" .Values.auth.jwksUrl -}}
{{- $_ := required "auth.issuer is required" .Values.auth.issuer -}}
{{- $_ := required "auth.audience is required" .Values.auth.audience -}}
{{- if not .Values.platform.existingSecret -}}
{{- $internal := required "platform.internalSecret (32+ characters) or platform.existingSecret is required" .Values.platform.internalSecret -}}
{{- if lt (len $internal) 32 -}}{{- fail "platform.internalSecret must be at least 32 characters" -}}{{- end -}}
{{- $_ := required "platform.sealingKey (32 bytes, hex or base64) or platform.existingSecret is required" .Values.platform.sealingKey -}}
{{- end -}}
{{- if not .Values.postgresql.existingSecret -}}
{{- $_ := required "postgresql.url or postgresql.existingSecret is required" .Values.postgresql.url -}}
{{- end -}}
{{- if not .Values.s3.existingSecret -}}
{{- $_ := required "s3.accessKey or s3.existingSecret is required" .Values.s3.accessKey -}}
{{- $_ := required "s3.secretKey or s3.existingSecret is required" .Values.s3.secretKey -}}
{{- end -}}
{{- if .Values.kafka.sasl.mechanism -}}
{{- if not (has .Values.kafka.sasl.mechanism (list "plain" "scram-sha-256" "scram-sha-512")) -}}{{- fail "kafka.sasl.mechanism must be plain, scram-sha-256 or scram-sha-512" -}}{{- end -}}
{{- $_ := required "kafka.sasl.username is required with kafka.sasl.mechanism" .Values.kafka.sasl.username -}}
{{- if not .Values.kafka.sasl.existingSecret -}}
{{- $_ := required "kafka.sasl.password or kafka.sasl.existingSecret is required with kafka.sasl.mechanism" .Values.kafka.sasl.password -}}
{{- end -}}
{{- end -}}
{{- if and .Values.kafka.tls.clientCertificate (not .Values.kafka.tls.existingSecret) -}}
{{- fail "kafka.tls.clientCertificate needs kafka.tls.existingSecret (tls.crt and tls.key)" -}}
{{- end -}}
{{- end -}}

{{/* A variable from a Secret key: (dict "name" "VAR" "secret" "s" "key" "k" "optional" false). */}}
{{- define "carta.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: {{ .key }}
      {{- if .optional }}
      optional: true
      {{- end }}
{{- end -}}

{{- define "carta.env.platformSecret" -}}
{{- include "carta.secretEnv" (dict "name" "CARTA_INTERNAL_SECRET" "secret" (default (include "carta.secretName" .) .Values.platform.existingSecret) "key" "CARTA_INTERNAL_SECRET") }}
{{- end -}}

{{- define "carta.env.sealing" -}}
{{- $secret := default (include "carta.secretName" .) .Values.platform.existingSecret -}}
{{- include "carta.secretEnv" (dict "name" "CARTA_SEALING_KEY" "secret" $secret "key" "CARTA_SEALING_KEY") }}
{{ include "carta.secretEnv" (dict "name" "CARTA_SEALING_OLD_KEYS" "secret" $secret "key" "CARTA_SEALING_OLD_KEYS" "optional" true) }}
{{- end -}}

{{- define "carta.env.database" -}}
{{- if .Values.postgresql.existingSecret -}}
{{- include "carta.secretEnv" (dict "name" "DATABASE_URL" "secret" .Values.postgresql.existingSecret "key" .Values.postgresql.existingSecretKey) }}
{{- else -}}
{{- include "carta.secretEnv" (dict "name" "DATABASE_URL" "secret" (include "carta.secretName" .) "key" "DATABASE_URL") }}
{{- end -}}
{{- end -}}

{{- define "carta.env.kafka" -}}
- name: KAFKA_BROKERS
  value: {{ .Values.kafka.brokers | quote }}
- name: KAFKA_TOPIC_PREFIX
  value: {{ .Values.kafka.topicPrefix | quote }}
- name: KAFKA_GROUP_PREFIX
  value: {{ .Values.kafka.groupPrefix | quote }}
- name: KAFKA_TOPIC_PARTITIONS
  value: {{ .Values.kafka.topics.partitions | quote }}
- name: KAFKA_REPLICATION_FACTOR
  value: {{ .Values.kafka.topics.replicationFactor | quote }}
{{- if .Values.kafka.topics.minInsyncReplicas }}
- name: KAFKA_MIN_INSYNC_REPLICAS
  value: {{ .Values.kafka.topics.minInsyncReplicas | quote }}
{{- end }}
{{- if .Values.kafka.tls.enabled }}
- name: KAFKA_SSL
  value: "true"
{{- if .Values.kafka.tls.existingSecret }}
- name: KAFKA_SSL_CA_FILE
  value: /etc/carta/kafka-tls/ca.crt
{{- if .Values.kafka.tls.clientCertificate }}
- name: KAFKA_SSL_CERT_FILE
  value: /etc/carta/kafka-tls/tls.crt
- name: KAFKA_SSL_KEY_FILE
  value: /etc/carta/kafka-tls/tls.key
{{- end }}
{{- end }}
{{- end }}
{{- if .Values.kafka.sasl.mechanism }}
- name: KAFKA_SASL_MECHANISM
  value: {{ .Values.kafka.sasl.mechanism | quote }}
- name: KAFKA_SASL_USERNAME
  value: {{ .Values.kafka.sasl.username | quote }}
{{ include "carta.secretEnv" (dict "name" "KAFKA_SASL_PASSWORD" "secret" (default (include "carta.secretName" .) .Values.kafka.sasl.existingSecret) "key" "KAFKA_SASL_PASSWORD") }}
{{- end }}
{{- end -}}

{{- define "carta.env.s3" -}}
{{- $secret := default (include "carta.secretName" .) .Values.s3.existingSecret -}}
- name: S3_ENDPOINT
  value: {{ .Values.s3.endpoint | quote }}
{{- if .Values.s3.publicUrl }}
- name: S3_PUBLIC_URL
  value: {{ .Values.s3.publicUrl | quote }}
{{- end }}
- name: S3_BUCKET
  value: {{ .Values.s3.bucket | quote }}
- name: S3_REGION
  value: {{ .Values.s3.region | quote }}
{{ include "carta.secretEnv" (dict "name" "S3_ACCESS_KEY" "secret" $secret "key" "S3_ACCESS_KEY") }}
{{ include "carta.secretEnv" (dict "name" "S3_SECRET_KEY" "secret" $secret "key" "S3_SECRET_KEY") }}
{{- end -}}

{{- define "carta.env.gateway" -}}
- name: JWT_JWKS_URL
  value: {{ .Values.auth.jwksUrl | quote }}
- name: JWT_ISSUER
  value: {{ .Values.auth.issuer | quote }}
- name: JWT_AUDIENCE
  value: {{ .Values.auth.audience | quote }}
- name: CARTA_DEV_AUTH
  value: "false"
{{- if .Values.auth.algorithms }}
- name: JWT_ALGORITHMS
  value: {{ .Values.auth.algorithms | quote }}
{{- end }}
{{- if .Values.auth.console.clientId }}
- name: CARTA_OIDC_ISSUER
  value: {{ default .Values.auth.issuer .Values.auth.console.issuer | quote }}
- name: CARTA_OIDC_CLIENT_ID
  value: {{ .Values.auth.console.clientId | quote }}
- name: CARTA_OIDC_SCOPES
  value: {{ .Values.auth.console.scopes | quote }}
{{- if .Values.auth.console.audience }}
- name: CARTA_OIDC_AUDIENCE
  value: {{ .Values.auth.console.audience | quote }}
{{- end }}
{{- end }}
{{- if .Values.auth.rateLimitPerMinute }}
- name: CARTA_RATE_LIMIT_PER_MINUTE
  value: {{ .Values.auth.rateLimitPerMinute | quote }}
{{- end }}
{{- if .Values.auth.rateLimitPerAddressPerMinute }}
- name: CARTA_RATE_LIMIT_PER_ADDRESS_PER_MINUTE
  value: {{ .Values.auth.rateLimitPerAddressPerMinute | quote }}
{{- end }}
{{- range $name, $component := .Values.components }}
{{- if ne $name "gateway" }}
- name: CARTA_SUBGRAPH_{{ upper $name }}_URL
  value: {{ printf "http://%s-%s:%v/graphql" (include "carta.fullname" $) $name $component.port | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{/* Every process's environment: (dict "root" $ "name" "intake" "component" $component). */}}
{{- define "carta.env" -}}
{{- $root := .root -}}
- name: CARTA_HOST
  value: 0.0.0.0
- name: PORT
  value: {{ .component.port | quote }}
- name: CARTA_PUBLIC_URL
  value: {{ $root.Values.publicUrl | quote }}
{{ include "carta.env.platformSecret" $root }}
{{- if eq .name "gateway" }}
{{ include "carta.env.gateway" $root }}
{{- else }}
{{ include "carta.env.sealing" $root }}
{{ include "carta.env.database" $root }}
{{ include "carta.env.kafka" $root }}
{{ include "carta.env.s3" $root }}
{{- end }}
{{- with .component.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Kafka's private CA / client certificate, mounted where KAFKA_SSL_*_FILE point. */}}
{{- define "carta.kafkaTlsVolume" -}}
{{- if and .Values.kafka.tls.enabled .Values.kafka.tls.existingSecret -}}
- name: kafka-tls
  secret:
    secretName: {{ .Values.kafka.tls.existingSecret }}
    defaultMode: 0440
{{- end }}
{{- end -}}
{{- define "carta.kafkaTlsMount" -}}
{{- if and .Values.kafka.tls.enabled .Values.kafka.tls.existingSecret -}}
- name: kafka-tls
  mountPath: /etc/carta/kafka-tls
  readOnly: true
{{- end }}
{{- end -}}

{{/* NetworkPolicy egress rule to an engine: its `networkPolicy` values ({ports, to}). */}}
{{- define "carta.egressRule" -}}
- ports:
  {{- range .ports }}
    - port: {{ . }}
      protocol: TCP
  {{- end }}
  {{- with .to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}

{{- define "carta.dnsEgress" -}}
- ports:
  {{- range .Values.networkPolicy.dns.ports }}
    - port: {{ . }}
      protocol: UDP
    - port: {{ . }}
      protocol: TCP
  {{- end }}
  {{- with .Values.networkPolicy.dns.to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}

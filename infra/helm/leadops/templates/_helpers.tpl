{{- define "leadops.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}{{ .Release.Name | trunc 63 | trimSuffix "-" }}{{- else -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}{{- end -}}
{{- end -}}

{{- define "leadops.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "leadops.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "leadops.secretName" -}}
{{- default (printf "%s-secrets" (include "leadops.fullname" .)) .Values.secrets.existingSecret -}}
{{- end -}}

{{- define "leadops.image" -}}
{{- if or (not .tag) (eq (toString .tag) "latest") -}}{{- fail (printf "image %s: set a pinned tag, not %q" .repository (toString .tag)) -}}{{- end -}}
{{ .repository }}:{{ .tag }}
{{- end -}}

{{/* The environment every LeadOps process (API, worker, migrations) reads: ConfigMap, Secret keys, Temporal. */}}
{{- define "leadops.env" -}}
- name: TEMPORAL_ADDRESS
  value: {{ .Values.temporal.address | quote }}
- name: TEMPORAL_NAMESPACE
  value: {{ .Values.temporal.namespace | quote }}
- name: TEMPORAL_TASK_QUEUE
  value: {{ .Values.temporal.taskQueue | quote }}
{{- if .Values.vllm.enabled }}
- name: LLM_BASE_URL
  value: {{ printf "http://%s-vllm:%d/v1" (include "leadops.fullname" .) (int .Values.vllm.port) | quote }}
{{- end }}
{{- range .Values.secrets.keys }}
- name: {{ . }}
  valueFrom:
    secretKeyRef:
      name: {{ include "leadops.secretName" $ }}
      key: {{ . }}
      optional: {{ if has . (list "DATABASE_URL" "JWT_SECRET" "WEBHOOK_SECRETS" "TEMPORAL_PAYLOAD_KEYS" "METRICS_TOKEN") }}false{{ else }}true{{ end }}
{{- end }}
{{- if .Values.temporal.tls.existingSecret }}
- name: TEMPORAL_TLS_CERT
  value: /etc/leadops/temporal-tls/tls.crt
- name: TEMPORAL_TLS_KEY
  value: /etc/leadops/temporal-tls/tls.key
- name: TEMPORAL_TLS_CA
  value: /etc/leadops/temporal-tls/ca.crt
{{- end }}
{{- if .Values.temporal.tls.serverName }}
- name: TEMPORAL_TLS_SERVER_NAME
  value: {{ .Values.temporal.tls.serverName | quote }}
{{- end }}
{{- end -}}

{{- define "leadops.envFrom" -}}
- configMapRef:
    name: {{ include "leadops.fullname" . }}-config
{{- end -}}

{{- define "leadops.tlsVolumeMount" -}}
{{- if .Values.temporal.tls.existingSecret }}
- name: temporal-tls
  mountPath: /etc/leadops/temporal-tls
  readOnly: true
{{- end }}
{{- end -}}

{{- define "leadops.tlsVolume" -}}
{{- if .Values.temporal.tls.existingSecret }}
- name: temporal-tls
  secret:
    secretName: {{ .Values.temporal.tls.existingSecret }}
{{- end }}
{{- end -}}

{{- define "leadops.podSecurity" -}}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
  runAsUser: 1000
  runAsGroup: 1000
  fsGroup: 1000
{{- end -}}

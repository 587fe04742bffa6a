// [syntax]: what an API server refuses that the schemas let through: port numbers, names, label keys and values,
// port names (Kubernetes' validation rules: RFC 1123 / RFC 1035 names, IANA service names, qualified names), a
// workload selector that does not select its own template, a probe with more than one handler.

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/; // RFC 1123 label, at most 63
const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/; // Service names: start with a letter
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/; // label key names and values, at most 63
const PROBE_HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"];
const WORKLOADS = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"]);

export function syntaxProblems(object) {
    const problems = [];
    const name = object.metadata?.name ?? "";
    if (object.kind === "Service" ? !isDnsLabel(name, DNS_1035_LABEL) : !isDnsSubdomain(name)) {
        problems.push(`name "${name}" is not a valid ${object.kind === "Service" ? "DNS-1035 label" : "DNS subdomain"}`);
    }
    problems.push(...labelProblems("metadata.labels", object.metadata?.labels));
    if (WORKLOADS.has(object.kind)) {
        problems.push(...workloadProblems(object));
    }
    if (object.kind === "Service") {
        problems.push(...serviceProblems(object));
    }
    if (object.kind === "NetworkPolicy") {
        const rules = [...(object.spec?.ingress ?? []), ...(object.spec?.egress ?? [])];
        rules.flatMap((rule) => rule.ports ?? []).forEach((p) => problems.push(...portProblems("policy port", p.port)));
    }
    return problems;
}

function workloadProblems(workload) {
    const problems = [];
    const template = workload.spec?.template ?? {};
    const labels = template.metadata?.labels ?? {};
    problems.push(...labelProblems("template labels", labels));
    problems.push(...labelProblems("selector", workload.spec?.selector?.matchLabels));
    const selector = workload.spec?.selector?.matchLabels ?? {};
    const unmatched = Object.entries(selector).filter(([key, value]) => labels[key] !== value);
    if (unmatched.length > 0) {
        const wanted = unmatched.map(([key, value]) => `${key}=${value}`).join(", ");
        problems.push(`selector ${wanted} does not match its pod template's labels`);
    }
    const spec = template.spec ?? {};
    for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
        const where = `container ${container.name}`;
        if (!isDnsLabel(container.name ?? "", DNS_LABEL)) {
            problems.push(`${where}: name is not a valid DNS label`);
        }
        for (const port of container.ports ?? []) {
            problems.push(...portProblems(`${where}: containerPort`, port.containerPort));
            if (port.hostPort !== undefined) {
                problems.push(...portProblems(`${where}: hostPort`, port.hostPort));
            }
            if (port.name !== undefined && !isServiceName(port.name)) {
                problems.push(`${where}: port name "${port.name}" is not a valid port name (at most 15 lowercase letters, digits and '-', one letter at least)`);
            }
        }
        for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
            const handlers = PROBE_HANDLERS.filter((handler) => container[probe]?.[handler] !== undefined);
            if (container[probe] && handlers.length !== 1) {
                problems.push(`${where}: ${probe} has ${handlers.length} handlers (${handlers.join(", ") || "none"}); it must have exactly one`);
            }
            const port = container[probe]?.httpGet?.port ?? container[probe]?.tcpSocket?.port ?? container[probe]?.grpc?.port;
            if (port !== undefined) {
                problems.push(...portProblems(`${where}: ${probe} port`, port));
            }
        }
    }
    return problems;
}

function serviceProblems(service) {
    const problems = [];
    problems.push(...labelProblems("selector", service.spec?.selector));
    for (const port of service.spec?.ports ?? []) {
        const where = `port ${port.name ?? port.port}`;
        problems.push(...portProblems(`${where}: port`, port.port));
        if (port.targetPort !== undefined) {
            problems.push(...portProblems(`${where}: targetPort`, port.targetPort));
        }
        if (port.nodePort !== undefined) {
            problems.push(...portProblems(`${where}: nodePort`, port.nodePort));
        }
        if (port.name !== undefined && !isDnsLabel(port.name, DNS_LABEL)) {
            problems.push(`${where}: name is not a valid DNS label`);
        }
    }
    return problems;
}

/** A port by number (1 to 65535) or by name (an IANA service name). */
function portProblems(where, port) {
    if (typeof port === "string") {
        return isServiceName(port) ? [] : [`${where} "${port}" is not a valid port name`];
    }
    return Number.isInteger(port) && port >= 1 && port <= 65535 ? [] : [`${where} ${port} is outside 1-65535`];
}

function labelProblems(where, labels) {
    return Object.entries(labels ?? {}).flatMap(([key, value]) => [
        ...(isLabelKey(key) ? [] : [`${where}: label key "${key}" is not a valid qualified name`]),
        ...(isLabelValue(String(value)) ? [] : [`${where}: label ${key} has the value "${value}", not a valid label value`]),
    ]);
}

function isLabelKey(key) {
    const slash = key.indexOf("/");
    const prefix = slash >= 0 ? key.slice(0, slash) : null;
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    return (prefix === null || isDnsSubdomain(prefix)) && name.length <= 63 && QUALIFIED_NAME.test(name);
}

function isLabelValue(value) {
    return value === "" || (value.length <= 63 && QUALIFIED_NAME.test(value));
}

function isDnsLabel(name, pattern) {
    return name.length <= 63 && pattern.test(name);
}

function isDnsSubdomain(name) {
    return name.length <= 253 && name.split(".").every((part) => DNS_LABEL.test(part));
}

/** IANA_SVC_NAME: at most 15 characters, lowercase letters, digits and '-', a letter at least, no '--' or edge '-'. */
function isServiceName(name) {
    return name.length >= 1 && name.length <= 15 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)
        && /[a-z]/.test(name) && !name.includes("--");
}

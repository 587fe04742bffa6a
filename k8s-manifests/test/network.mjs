// Who may reach whom under the rendered NetworkPolicies: a table computed from the objects alone, by the rules
// of the NetworkPolicy API (a pod selected by no policy of a type is open for that type; policies add up; a
// rule without peers or ports matches all of them; ports are the pods' ports, named or numbered).
//
// The peers are the overlay's own pods, and what stands around them in a cluster: the ingress controller
// (namespace ingress-nginx), Prometheus (namespace monitoring), kube-dns, a stranger pod in the same namespace,
// an address on the internet, the cloud metadata address and private addresses (the API server, the nodes).

const OUTSIDE = [
    { name: "ingress-nginx", namespace: { "kubernetes.io/metadata.name": "ingress-nginx" }, labels: { "app.kubernetes.io/name": "ingress-nginx" } },
    { name: "prometheus", namespace: { "kubernetes.io/metadata.name": "monitoring" }, labels: { "app.kubernetes.io/name": "prometheus" } },
];
const STRANGER = { name: "stranger", labels: { "app.kubernetes.io/name": "stranger" }, ports: [{ port: 8080, name: "http", protocol: "TCP" }] };
const KUBE_DNS = {
    name: "kube-dns", namespace: { "kubernetes.io/metadata.name": "kube-system" }, labels: { "k8s-app": "kube-dns" },
    ports: [{ port: 53, protocol: "UDP" }, { port: 53, protocol: "TCP" }],
};
const ADDRESSES = [
    { name: "internet", ip: "93.184.215.14", ports: [443, 80] },
    { name: "metadata", ip: "169.254.169.254", ports: [80, 443] },
    { name: "api-server", ip: "10.96.0.1", ports: [443] },
    { name: "private-network", ip: "192.168.1.10", ports: [443] },
];

/** The table's lines, "SOURCE -> DESTINATION:PORT/PROTOCOL allow|deny", sources and destinations in a fixed order. */
export function reachability(objects) {
    const policies = objects.filter((o) => o.kind === "NetworkPolicy");
    const pods = objects.filter((o) => ["Deployment", "StatefulSet", "DaemonSet"].includes(o.kind)).map((o) => ({
        name: o.metadata.name,
        labels: o.spec?.template?.metadata?.labels ?? {},
        ports: (o.spec?.template?.spec?.containers ?? []).flatMap((c) => c.ports ?? [])
            .map((p) => ({ port: p.containerPort, name: p.name, protocol: p.protocol ?? "TCP" })),
    }));
    const inside = [...pods, STRANGER];
    const lines = [];
    for (const source of [...inside, ...OUTSIDE]) {
        const sourceInside = inside.includes(source);
        const destinations = [
            // A pod's own kind too: another replica of it (not the one stranger).
            ...inside.filter((pod) => pod !== STRANGER || source !== STRANGER)
                .flatMap((pod) => pod.ports.map((port) => ({ pod, port }))),
            ...(sourceInside ? KUBE_DNS.ports.map((port) => ({ outside: KUBE_DNS, port })) : []),
            ...(sourceInside ? ADDRESSES.flatMap((a) => a.ports.map((port) => ({ address: a, port: { port, protocol: "TCP" } }))) : []),
        ];
        for (const destination of destinations) {
            const allowed = (!sourceInside || egressAllowed(policies, source, destination))
                && (!destination.pod || ingressAllowed(policies, source, sourceInside, destination));
            const target = destination.pod?.name ?? destination.outside?.name ?? destination.address.name;
            lines.push(`${source.name} -> ${target}:${destination.port.port}/${destination.port.protocol} ${allowed ? "allow" : "deny"}`);
        }
    }
    return lines;
}

function types(policy) {
    return policy.spec?.policyTypes ?? (policy.spec?.egress ? ["Ingress", "Egress"] : ["Ingress"]);
}

function selecting(policies, pod, type) {
    return policies.filter((p) => types(p).includes(type) && matches(p.spec?.podSelector ?? {}, pod.labels));
}

function egressAllowed(policies, source, destination) {
    const applying = selecting(policies, source, "Egress");
    if (applying.length === 0) {
        return true;
    }
    return applying.some((policy) => (policy.spec.egress ?? []).some((rule) =>
        portMatches(rule.ports, destination.port, destination.pod) && peersMatch(rule.to, destination)));
}

function ingressAllowed(policies, source, sourceInside, destination) {
    const applying = selecting(policies, destination.pod, "Ingress");
    if (applying.length === 0) {
        return true;
    }
    const peer = sourceInside ? { pod: source } : { outside: source };
    return applying.some((policy) => (policy.spec.ingress ?? []).some((rule) =>
        portMatches(rule.ports, destination.port, destination.pod) && peersMatch(rule.from, peer)));
}

/** Whether one of a rule's peers (to or from) is this endpoint: an own pod, a pod elsewhere, or an address. */
function peersMatch(peers, endpoint) {
    if (!peers || peers.length === 0) {
        return true;
    }
    return peers.some((peer) => {
        if (peer.ipBlock) {
            return endpoint.address !== undefined && inBlock(endpoint.address.ip, peer.ipBlock);
        }
        if (endpoint.address) {
            return false;
        }
        if (peer.namespaceSelector) {
            return endpoint.outside !== undefined && matches(peer.namespaceSelector, endpoint.outside.namespace)
                && matches(peer.podSelector ?? {}, endpoint.outside.labels);
        }
        return endpoint.pod !== undefined && matches(peer.podSelector ?? {}, endpoint.pod.labels);
    });
}

function portMatches(ports, port, pod) {
    if (!ports || ports.length === 0) {
        return true;
    }
    return ports.some((p) => (p.protocol ?? "TCP") === port.protocol && (p.port === undefined
        || p.port === port.port || (typeof p.port === "string" && pod !== undefined && p.port === port.name)));
}

function inBlock(ip, block) {
    return inCidr(ip, block.cidr) && !(block.except ?? []).some((cidr) => inCidr(ip, cidr));
}

function inCidr(ip, cidr) {
    const [network, bits] = cidr.split("/");
    const mask = Number(bits) === 0 ? 0 : (~0 << (32 - Number(bits))) >>> 0;
    return ((toNumber(ip) & mask) >>> 0) === ((toNumber(network) & mask) >>> 0);
}

function toNumber(ip) {
    return ip.split(".").reduce((n, part) => (n * 256) + Number(part), 0) >>> 0;
}

/** Whether a LabelSelector (matchLabels, matchExpressions) selects these labels; an empty one selects all. */
export function matches(selector, labels) {
    const labelsMatch = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
    return labelsMatch && (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
        switch (operator) {
            case "In":
                return values.includes(labels[key]);
            case "NotIn":
                return !values.includes(labels[key]);
            case "Exists":
                return key in labels;
            case "DoesNotExist":
                return !(key in labels);
            default:
                return false;
        }
    });
}

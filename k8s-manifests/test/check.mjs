// Offline checks of kustomize overlays:  node check.mjs OVERLAY_DIR...
//
// Builds each overlay with `kubectl kustomize` and prints one line per problem in what it produces:
//   [schema]     every object validates with its kubernetes-models model; a kind without a model is a problem
//   [syntax]     what an API server refuses beyond the schema: ports, names, labels, port names, a selector
//                that does not select its own template, a probe with more than one handler (syntax.mjs)
//   [field]      every key is a field of its type (a misspelled key), free maps such as labels excepted
//   [reference]  Services, Ingresses, ConfigMap and Secret references, autoscalers, disruption budgets and
//                NetworkPolicies point at objects, ports, keys and pods that exist
//   [container]  probes and resources on every container, pinned image tags
// Secrets that the operator creates outside the overlay are listed in OVERLAY_DIR/external-secrets.json,
// as {"secrets": {"NAME": ["KEY", ...]}}.
// Exit status 0 when no overlay has a problem, 1 otherwise.
//   node check.mjs --reachability OVERLAY_DIR   prints who may reach whom under its NetworkPolicies (network.mjs)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { modelType, resolveType } from "./model-types.mjs";
import { matches, reachability } from "./network.mjs";
import { syntaxProblems } from "./syntax.mjs";

const WORKLOAD_KINDS = new Set(["Deployment", "StatefulSet", "DaemonSet"]);

async function checkOverlay(dir) {
    let objects;
    try {
        objects = parseYaml(kustomize(dir));
    } catch (error) {
        return [`[build] ${error.message.trim()}`];
    }
    const cluster = inventory(objects, externalSecrets(dir));
    const problems = [];
    for (const object of objects) {
        const report = (check, message) => problems.push(`[${check}] ${object.kind}/${object.metadata?.name}: ${message}`);
        const Model = await loadModel(object.apiVersion, object.kind);
        if (!Model) {
            report("schema", `no kubernetes-models model for apiVersion ${object.apiVersion}, kind ${object.kind}`);
            continue;
        }
        schemaErrors(Model, object).forEach((message) => report("schema", message));
        syntaxProblems(object).forEach((message) => report("syntax", message));
        unknownFields(object, modelType(object.apiVersion, object.kind), []).forEach((path) => report("field", `unknown field ${path}`));
        referenceProblems(object, cluster).forEach((message) => report("reference", message));
        containerProblems(object).forEach((message) => report("container", message));
    }
    return problems;
}

// ---- building ----

/** `kubectl kustomize DIR`, with an empty kubeconfig: nothing must reach for a cluster. */
function kustomize(dir) {
    const scratch = mkdtempSync(join(tmpdir(), "k8s-check-"));
    try {
        const kubeconfig = join(scratch, "config");
        writeFileSync(kubeconfig, "");
        return execFileSync("kubectl", ["kustomize", dir], {
            encoding: "utf8",
            env: { ...process.env, KUBECONFIG: kubeconfig },
            stdio: ["ignore", "pipe", "pipe"],
        });
    } catch (error) {
        throw new Error(`kubectl kustomize ${dir} failed: ${error.stderr || error.message}`);
    } finally {
        rmSync(scratch, { recursive: true, force: true });
    }
}

function parseYaml(text) {
    const documents = parseAllDocuments(text);
    const broken = documents.find((document) => document.errors.length > 0);
    if (broken) {
        throw new Error(`invalid YAML from kustomize: ${broken.errors[0].message}`);
    }
    return documents.map((document) => document.toJS()).filter(Boolean);
}

function externalSecrets(dir) {
    const file = join(dir, "external-secrets.json");
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).secrets : {};
}

// ---- schema and fields ----

/** The model class for apiVersion and kind (e.g. kubernetes-models/apps/v1/Deployment), or undefined. */
async function loadModel(apiVersion, kind) {
    if (!/^([a-z0-9.-]+\/)?v[0-9a-z]+$/.test(apiVersion ?? "") || !/^[A-Z][A-Za-z0-9]*$/.test(kind ?? "")) {
        return undefined;
    }
    try {
        const Model = (await import(`kubernetes-models/${apiVersion}/${kind}`))[kind];
        return Model?.apiVersion === apiVersion && Model.kind === kind ? Model : undefined;
    } catch (error) {
        if (error.code === "ERR_MODULE_NOT_FOUND" || error.code === "ERR_PACKAGE_PATH_NOT_EXPORTED") {
            return undefined;
        }
        throw error;
    }
}

function schemaErrors(Model, object) {
    try {
        new Model(object).validate();
        return [];
    } catch (error) {
        if (!error.errors) {
            throw error;
        }
        return error.errors.map((e) => `${formatPath(e.instancePath.split("/").slice(1).map(unescapePointer))} ${e.message}`);
    }
}

function unescapePointer(segment) {
    return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** Paths of the keys in value that its type does not declare; free maps and free-form objects hold any key. */
function unknownFields(value, type, path) {
    const node = resolveType(type);
    if (node.t === "array" && Array.isArray(value)) {
        return value.flatMap((item, index) => unknownFields(item, node.of, [...path, index]));
    }
    if (node.t === "map" && isObject(value)) {
        return Object.entries(value).flatMap(([key, child]) => unknownFields(child, node.of, [...path, key]));
    }
    if (node.t === "object" && isObject(value) && node.props.size > 0) {
        return Object.entries(value).flatMap(([key, child]) =>
            node.props.has(key) ? unknownFields(child, node.props.get(key), [...path, key]) : [formatPath([...path, key])],
        );
    }
    return [];
}

function formatPath(segments) {
    const path = segments.map((s) => (typeof s === "number" || /^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join("");
    return path.replace(/^\./, "") || "(the object)";
}

function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---- references ----

/** What references may point at: objects by kind and name, pod templates, ConfigMap and Secret keys. */
function inventory(objects, external) {
    const byKind = new Map();
    for (const object of objects) {
        if (!byKind.has(object.kind)) {
            byKind.set(object.kind, new Map());
        }
        byKind.get(object.kind).set(object.metadata?.name, object);
    }
    const keys = new Map(Object.entries(external).map(([name, secretKeys]) => [`Secret/${name}`, new Set(secretKeys)]));
    for (const object of objects.filter((o) => o.kind === "ConfigMap" || o.kind === "Secret")) {
        const names = [object.data, object.binaryData, object.stringData].flatMap((map) => Object.keys(map ?? {}));
        keys.set(`${object.kind}/${object.metadata?.name}`, new Set(names));
    }
    const templates = objects.filter((o) => WORKLOAD_KINDS.has(o.kind)).map((o) => ({
        owner: `${o.kind}/${o.metadata?.name}`,
        labels: o.spec?.template?.metadata?.labels ?? {},
        spec: o.spec?.template?.spec ?? {},
    }));
    return { byKind, keys, templates };
}

function referenceProblems(object, cluster) {
    switch (object.kind) {
        case "Service":
            return serviceProblems(object, cluster);
        case "Ingress":
            return ingressProblems(object, cluster);
        case "HorizontalPodAutoscaler":
            return scaleTargetProblems(object, cluster);
        case "PodDisruptionBudget":
            return selectorProblems("selector", object.spec?.selector, cluster);
        case "NetworkPolicy":
            return networkPolicyProblems(object, cluster);
        default:
            return WORKLOAD_KINDS.has(object.kind) ? configReferenceProblems(object.spec?.template?.spec ?? {}, cluster) : [];
    }
}

function serviceProblems(service, cluster) {
    const selector = service.spec?.selector;
    if (!selector) {
        return []; // a Service without selector has its endpoints managed by hand
    }
    const selected = cluster.templates.filter((t) => matches({ matchLabels: selector }, t.labels));
    if (selected.length === 0) {
        return [`selector ${JSON.stringify(selector)} matches no pod template`];
    }
    return (service.spec.ports ?? []).flatMap((port) => {
        const target = port.targetPort ?? port.port;
        return selected
            .filter((template) => !hasContainerPort(template.spec, target))
            .map((template) => `port ${port.name ?? port.port}: targetPort ${target} is not a container port of ${template.owner}`);
    });
}

function hasContainerPort(podSpec, target) {
    const ports = (podSpec.containers ?? []).flatMap((container) => container.ports ?? []);
    return ports.some((p) => (typeof target === "string" ? p.name === target : p.containerPort === target));
}

function ingressProblems(ingress, cluster) {
    const rules = (ingress.spec?.rules ?? []).flatMap((rule) => rule.http?.paths ?? []);
    const backends = [ingress.spec?.defaultBackend, ...rules.map((path) => path.backend)];
    return backends.filter((backend) => backend?.service).flatMap(({ service: { name, port } }) => {
        const service = cluster.byKind.get("Service")?.get(name);
        if (!service) {
            return [`backend Service ${name} not found`];
        }
        const samePort = port?.name ? (p) => p.name === port.name : (p) => p.port === port?.number;
        return (service.spec?.ports ?? []).some(samePort) ? [] : [`backend Service ${name} has no port ${port?.name ?? port?.number}`];
    });
}

function scaleTargetProblems(autoscaler, cluster) {
    const { kind, name } = autoscaler.spec?.scaleTargetRef ?? {};
    return cluster.byKind.get(kind)?.has(name) ? [] : [`scale target ${kind}/${name} not found`];
}

function networkPolicyProblems(policy, cluster) {
    const rules = [...(policy.spec?.ingress ?? []).map((r) => r.from), ...(policy.spec?.egress ?? []).map((r) => r.to)];
    // A peer with a namespaceSelector selects pods in other namespaces: not in this output.
    const peers = rules.flat().filter((peer) => peer?.podSelector && !peer.namespaceSelector);
    return [
        ...selectorProblems("podSelector", policy.spec?.podSelector, cluster),
        ...peers.flatMap((peer) => selectorProblems("peer podSelector", peer.podSelector, cluster)),
    ];
}

function selectorProblems(what, selector, cluster) {
    const found = cluster.templates.some((template) => matches(selector ?? {}, template.labels));
    return found ? [] : [`${what} ${JSON.stringify(selector)} matches no pod template`];
}

function configReferenceProblems(podSpec, cluster) {
    // optional: true lets both the object and the key be missing.
    return configReferences(podSpec).filter((ref) => !ref.optional).flatMap(({ where, kind, name, keys }) => {
        const available = cluster.keys.get(`${kind}/${name}`);
        if (!available) {
            return [`${where}: ${kind} ${name} not found`];
        }
        return keys.filter((key) => !available.has(key)).map((key) => `${where}: ${kind} ${name} has no key ${key}`);
    });
}

/** Every ConfigMap and Secret that a pod reads: env, envFrom, volumes (projected too). */
function configReferences(podSpec) {
    const containers = [...(podSpec.initContainers ?? []), ...(podSpec.containers ?? [])];
    const fromContainers = containers.flatMap((container) => [
        ...(container.env ?? []).flatMap(({ name, valueFrom }) => [
            keyReference(`container ${container.name} env ${name}`, "ConfigMap", valueFrom?.configMapKeyRef),
            keyReference(`container ${container.name} env ${name}`, "Secret", valueFrom?.secretKeyRef),
        ]),
        ...(container.envFrom ?? []).flatMap((source) => [
            wholeReference(`container ${container.name} envFrom`, "ConfigMap", source.configMapRef),
            wholeReference(`container ${container.name} envFrom`, "Secret", source.secretRef),
        ]),
    ]);
    const fromVolumes = (podSpec.volumes ?? []).flatMap((volume) => {
        const sources = [volume, ...(volume.projected?.sources ?? [])];
        return sources.flatMap((source) => [
            volumeReference(`volume ${volume.name}`, "ConfigMap", source.configMap, source.configMap?.name),
            volumeReference(`volume ${volume.name}`, "Secret", source.secret, source.secret?.secretName ?? source.secret?.name),
        ]);
    });
    return [...fromContainers, ...fromVolumes].filter(Boolean);
}

function keyReference(where, kind, ref) {
    return ref && { where, kind, name: ref.name, keys: [ref.key], optional: ref.optional === true };
}

function wholeReference(where, kind, ref) {
    return ref && { where, kind, name: ref.name, keys: [], optional: ref.optional === true };
}

function volumeReference(where, kind, source, name) {
    return source && { where, kind, name, keys: (source.items ?? []).map((item) => item.key), optional: source.optional === true };
}

// ---- containers ----

function containerProblems(object) {
    if (!WORKLOAD_KINDS.has(object.kind)) {
        return [];
    }
    const podSpec = object.spec?.template?.spec ?? {};
    const imageProblems = [...(podSpec.initContainers ?? []), ...(podSpec.containers ?? [])]
        .map((container) => imageProblem(container))
        .filter(Boolean);
    return [...(podSpec.containers ?? []).flatMap(requiredSettingsProblems), ...imageProblems];
}

function requiredSettingsProblems(container) {
    const missing = [
        !container.readinessProbe && "readinessProbe",
        !container.livenessProbe && "livenessProbe",
        isEmpty(container.resources?.requests) && "resources.requests",
        isEmpty(container.resources?.limits) && "resources.limits",
    ].filter(Boolean);
    return missing.map((setting) => `container ${container.name} has no ${setting}`);
}

function isEmpty(map) {
    return Object.keys(map ?? {}).length === 0;
}

/** A tag (not latest) or a digest: NAME:TAG, NAME@sha256:..., NAME:TAG@sha256:... */
function imageProblem(container) {
    const image = container.image ?? "";
    if (image.includes("@")) {
        return undefined;
    }
    const lastPart = image.slice(image.lastIndexOf("/") + 1);
    const tag = lastPart.includes(":") ? lastPart.slice(lastPart.indexOf(":") + 1) : "";
    if (tag === "") {
        return `container ${container.name}: image ${image || "(none)"} has no tag`;
    }
    return tag === "latest" ? `container ${container.name}: image ${image} uses the tag latest` : undefined;
}

// ---- command line ----

const args = process.argv.slice(2);
if (args[0] === "--reachability" && args.length === 2) {
    // The table of who may reach whom under the overlay's NetworkPolicies (network.mjs).
    reachability(parseYaml(kustomize(args[1]))).forEach((line) => console.log(line));
    process.exit(0);
}
const dirs = args;
if (dirs.length === 0) {
    console.error("usage: node check.mjs OVERLAY_DIR...  |  node check.mjs --reachability OVERLAY_DIR");
    process.exit(2);
}
for (const dir of dirs) {
    const problems = await checkOverlay(dir);
    problems.forEach((problem) => console.log(`${dir}: ${problem}`));
    if (problems.length === 0) {
        console.log(`${dir}: ok`);
    } else {
        process.exitCode = 1;
    }
}

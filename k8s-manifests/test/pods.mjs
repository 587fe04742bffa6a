// Runs an overlay's workloads in Docker as a kubelet would, from the rendered objects alone:
//   node pods.mjs OVERLAY_DIR [--rolling-restart]
// Every Deployment and StatefulSet replica becomes a container with its image, command, args, env and envFrom
// (from the rendered ConfigMaps and Secrets; a Secret the overlay expects from outside is made up for the run, as
// external-secrets.json lists it), its security context (user, group, read-only root, capabilities dropped, no
// privilege escalation, the runtime's default seccomp profile), its volumes (emptyDir on disk, a claim as a named
// volume that outlives the container, ConfigMap and Secret files), its memory and CPU limits and its probes
// (a container is ready when its readiness probe says so, restarted when its liveness probe fails). Each Service
// is a name on the run's network with its own port, forwarded to its ready pods only; each Ingress rule is played
// by Debian's nginx, configured from the rendered Ingress, on 127.0.0.1. Then the checks; then everything made is
// removed. Exit status 0 when every check passed.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const overlay = process.argv[2];
const rollingRestart = process.argv.includes("--rolling-restart");
if (!overlay) {
    console.error("usage: node pods.mjs OVERLAY_DIR [--rolling-restart]");
    process.exit(2);
}
const run = `pods-${process.pid}`;
const scratch = mkdtempSync(join(tmpdir(), `${run}-`));
// nginx's workers (nobody, under a root master) write large request bodies below it: they must reach it.
chmodSync(scratch, 0o711);
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const say = (message) => console.log(`pods [${seconds()} s]: ${message}`);
const failures = [];
const check = (ok, message) => {
    console.log(`${ok ? "ok" : "FAIL"}: ${message}`);
    if (!ok) {
        failures.push(message);
    }
};

/**
 * A command, without blocking: the Services' forwarders live in this process, and a synchronous call would
 * stall every connection through them.
 */
function exec(command, args) {
    return new Promise((resolve) => {
        const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk) => { stdout += chunk; });
        child.stderr.on("data", (chunk) => { stderr += chunk; });
        child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
}

async function docker(...args) {
    const result = await exec("docker", args);
    if (result.status !== 0) {
        throw new Error(`docker ${args.slice(0, 3).join(" ")}: ${result.stderr.trim()}`);
    }
    return result.stdout.trim();
}

// ---- the rendered objects ----

const objects = parseAllDocuments(execFileSync("kubectl", ["kustomize", overlay], {
    encoding: "utf8", env: { ...process.env, KUBECONFIG: "/dev/null" },
})).map((d) => d.toJS()).filter(Boolean);
const named = (kind) => new Map(objects.filter((o) => o.kind === kind).map((o) => [o.metadata.name, o]));
const configMaps = named("ConfigMap");
const secrets = named("Secret");
const external = existsSync(join(overlay, "external-secrets.json"))
    ? JSON.parse(readFileSync(join(overlay, "external-secrets.json"), "utf8")).secrets : {};
for (const [name, keys] of Object.entries(external)) {
    // Made up for the run, as the operator would create them.
    const data = Object.fromEntries(keys.map((key) => [key, Buffer.from(key.endsWith("username")
        ? `${key.split("-")[0] === "migration" ? "todo_owner" : "todo"}` : randomBytes(18).toString("base64url")).toString("base64")]));
    secrets.set(name, { metadata: { name }, data });
}
const secretValue = (name, key) => {
    const secret = secrets.get(name);
    const value = secret?.data?.[key] !== undefined ? Buffer.from(secret.data[key], "base64").toString("utf8") : secret?.stringData?.[key];
    return value;
};
const configValue = (name, key) => configMaps.get(name)?.data?.[key];

function environment(container) {
    const env = {};
    for (const source of container.envFrom ?? []) {
        if (source.configMapRef) {
            Object.assign(env, configMaps.get(source.configMapRef.name)?.data ?? {});
        }
        if (source.secretRef) {
            const secret = secrets.get(source.secretRef.name);
            for (const key of Object.keys(secret?.data ?? {})) {
                env[key] = secretValue(source.secretRef.name, key);
            }
        }
    }
    for (const variable of container.env ?? []) {
        const from = variable.valueFrom;
        const value = from?.secretKeyRef ? secretValue(from.secretKeyRef.name, from.secretKeyRef.key)
            : from?.configMapKeyRef ? configValue(from.configMapKeyRef.name, from.configMapKeyRef.key) : variable.value;
        if (value !== undefined) {
            env[variable.name] = value;
        }
    }
    return env;
}

/** Kubernetes quantities as Docker takes them: 512Mi -> 536870912 bytes, 250m -> 0.25 CPU. */
function bytes(quantity) {
    const units = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, K: 1e3, M: 1e6, G: 1e9 };
    const [, number, unit] = String(quantity).match(/^([0-9.]+)([A-Za-z]*)$/);
    return Math.round(Number(number) * (units[unit] ?? 1));
}
const cpus = (quantity) => (String(quantity).endsWith("m") ? Number(String(quantity).slice(0, -1)) / 1000 : Number(quantity));

// ---- pods ----

const pods = []; // { name, workload, ordinal, spec, labels, container: {id, ip}, ready, restarts, peak, limit }
for (const workload of objects.filter((o) => o.kind === "StatefulSet" || o.kind === "Deployment")) {
    for (let ordinal = 0; ordinal < (workload.spec.replicas ?? 1); ordinal++) {
        pods.push({
            name: workload.kind === "StatefulSet" ? `${workload.metadata.name}-${ordinal}` : `${workload.metadata.name}-${ordinal}`,
            workload, ordinal, spec: workload.spec.template.spec, labels: workload.spec.template.metadata.labels,
            ready: false, readyAfter: null, restarts: 0, peak: 0, generation: 0,
        });
    }
}

function volumeArgs(pod) {
    const args = [];
    const volumes = new Map((pod.spec.volumes ?? []).map((v) => [v.name, v]));
    for (const claim of pod.workload.spec.volumeClaimTemplates ?? []) {
        volumes.set(claim.metadata.name, { claim: `${run}-${claim.metadata.name}-${pod.name}` });
    }
    const container = pod.spec.containers[0];
    for (const mount of container.volumeMounts ?? []) {
        const volume = volumes.get(mount.name);
        const readOnly = mount.readOnly ? ",readonly" : "";
        if (volume.claim) {
            args.push("--mount", `type=volume,source=${volume.claim},target=${mount.mountPath}`);
        } else if (volume.emptyDir) {
            // Disk-backed, as a kubelet makes it without medium: Memory. (A sizeLimit is the kubelet's eviction.)
            if (volume.emptyDir.medium === "Memory") {
                args.push("--tmpfs", `${mount.mountPath}${volume.emptyDir.sizeLimit ? `:size=${bytes(volume.emptyDir.sizeLimit)}` : ""}`);
            } else {
                args.push("--mount", `type=volume,target=${mount.mountPath}`);
            }
        } else if (volume.configMap || volume.secret) {
            const source = volume.configMap ? configMaps.get(volume.configMap.name) : secrets.get(volume.secret.secretName);
            if (!source) {
                if ((volume.configMap ?? volume.secret).optional) {
                    continue; // an optional volume whose object does not exist: not mounted, as a kubelet does
                }
                throw new Error(`${pod.name}: volume ${mount.name} names a missing object`);
            }
            const dir = join(scratch, `${pod.name}-${mount.name}`);
            mkdirSync(dir, { recursive: true });
            for (const key of Object.keys(source.data ?? {})) {
                const value = volume.secret ? Buffer.from(source.data[key], "base64") : source.data[key];
                writeFileSync(join(dir, key), value, { mode: 0o644 });
            }
            args.push("--mount", `type=bind,source=${dir},target=${mount.mountPath}${readOnly || ",readonly"}`);
        }
    }
    return args;
}

let gateway;
let serviceHosts = [];

/**
 * A headless Service that lists pods before they are ready (the weather replicas' data grid) is, as in a cluster, a
 * DNS name for the addresses of all its pods: a Docker network alias of each, not a forwarder to the ready ones.
 */
const listsEveryPod = (service) => service.spec.clusterIP === "None" && service.spec.publishNotReadyAddresses === true;

async function startPod(pod) {
    const container = pod.spec.containers[0];
    const pc = pod.spec.securityContext ?? {};
    const sc = container.securityContext ?? {};
    const user = sc.runAsUser ?? pc.runAsUser;
    const group = sc.runAsGroup ?? pc.runAsGroup;
    pod.generation++;
    const args = ["run", "-d", "--name", `${run}-${pod.name}-${pod.generation}`, "--network", run, "--hostname", pod.name,
        "--label", `pods.run=${run}`];
    if (user !== undefined) {
        args.push("--user", group !== undefined ? `${user}:${group}` : String(user));
    }
    if (pc.fsGroup !== undefined) {
        args.push("--group-add", String(pc.fsGroup));
    }
    if (sc.readOnlyRootFilesystem) {
        args.push("--read-only");
    }
    for (const capability of sc.capabilities?.drop ?? []) {
        args.push("--cap-drop", capability);
    }
    if (sc.allowPrivilegeEscalation === false) {
        args.push("--security-opt", "no-new-privileges");
    }
    // seccompProfile RuntimeDefault: Docker's default profile, which every container gets unless told otherwise.
    const limits = container.resources?.limits ?? {};
    if (limits.memory) {
        args.push("--memory", String(bytes(limits.memory)), "--memory-swap", String(bytes(limits.memory)));
    }
    if (limits.cpu) {
        args.push("--cpus", String(cpus(limits.cpu)));
    }
    for (const [key, value] of Object.entries(environment(container))) {
        args.push("-e", `${key}=${value}`);
    }
    for (const host of serviceHosts) {
        args.push("--add-host", `${host}:${gateway}`);
    }
    for (const service of objects.filter((o) => o.kind === "Service" && listsEveryPod(o))) {
        if (matches(service.spec.selector, pod.labels)) {
            args.push("--network-alias", service.metadata.name);
        }
    }
    args.push(...volumeArgs(pod));
    if (container.command) {
        args.push("--entrypoint", container.command[0]);
    }
    args.push(container.image);
    if (container.command) {
        args.push(...container.command.slice(1));
    }
    args.push(...(container.args ?? []));
    pod.id = await docker(...args);
    pod.ip = await docker("inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", pod.id);
    pod.limit = limits.memory ? bytes(limits.memory) : 0;
    pod.ready = false;
    pod.startedAt = Date.now();
    watch(pod);
}

// ---- probes ----

async function probeOnce(pod, probe) {
    const timeout = (probe.timeoutSeconds ?? 1) * 1000;
    const container = pod.spec.containers[0];
    const port = (p) => (typeof p === "string" ? container.ports.find((c) => c.name === p).containerPort : p);
    if (probe.httpGet) {
        try {
            const response = await fetch(`http://${pod.ip}:${port(probe.httpGet.port)}${probe.httpGet.path ?? "/"}`,
                { signal: AbortSignal.timeout(timeout), redirect: "manual" });
            await response.arrayBuffer();
            return response.status >= 200 && response.status < 400;
        } catch {
            return false;
        }
    }
    if (probe.tcpSocket) {
        return new Promise((resolve) => {
            const socket = net.connect(port(probe.tcpSocket.port), pod.ip, () => { socket.destroy(); resolve(true); });
            socket.setTimeout(timeout, () => { socket.destroy(); resolve(false); });
            socket.on("error", () => resolve(false));
        });
    }
    if (probe.exec) {
        return new Promise((resolve) => {
            const child = spawn("docker", ["exec", pod.id, ...probe.exec.command], { stdio: "ignore" });
            const timer = setTimeout(() => { child.kill(); resolve(false); }, timeout);
            child.on("exit", (code) => { clearTimeout(timer); resolve(code === 0); });
        });
    }
    return false;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A kubelet's probe loop for one container: startup, then readiness and liveness, each with its period. */
function watch(pod) {
    const generation = pod.generation;
    const container = pod.spec.containers[0];
    const alive = () => pod.generation === generation && !stopping;
    (async () => {
        const startup = container.startupProbe;
        if (startup) {
            await sleep((startup.initialDelaySeconds ?? 0) * 1000);
            let failures = 0;
            while (alive() && !(await probeOnce(pod, startup))) {
                if (!alive()) {
                    return;
                }
                if (++failures >= (startup.failureThreshold ?? 3)) {
                    restart(pod, "startup probe failed");
                    return;
                }
                await sleep((startup.periodSeconds ?? 10) * 1000);
            }
        }
        loop(container.readinessProbe, (ok) => {
            if (ok && !pod.ready) {
                pod.ready = true;
                pod.readyAfter ??= (Date.now() - pod.startedAt) / 1000;
            }
            if (!ok) {
                pod.ready = false;
            }
        }, () => { pod.ready = false; });
        loop(container.livenessProbe, () => {}, () => restart(pod, "liveness probe failed"));
    })();
    function loop(probe, each, onThreshold) {
        if (!probe) {
            return;
        }
        (async () => {
            await sleep((probe.initialDelaySeconds ?? 0) * 1000);
            let failures = 0;
            while (alive()) {
                const ok = await probeOnce(pod, probe);
                if (!alive()) {
                    return; // a newer container took this pod's place while the probe ran
                }
                each(ok);
                failures = ok ? 0 : failures + 1;
                if (failures >= (probe.failureThreshold ?? 3)) {
                    onThreshold();
                    if (!alive()) {
                        return;
                    }
                    failures = 0;
                }
                await sleep((probe.periodSeconds ?? 10) * 1000);
            }
        })();
    }
}

async function restart(pod, why) {
    if (stopping) {
        return;
    }
    // What went wrong is rarely in the last lines (a failed deployment still ends with Payara's banner): its
    // warnings and errors first, then the end.
    const logs = await exec("docker", ["logs", pod.id]);
    const lines = (logs.stdout + logs.stderr).trim().split("\n");
    const trouble = lines.filter((line) => /SEVERE|WARNING|Exception|FATAL|ERROR/.test(line)).slice(0, 12);
    say(`${pod.name}: ${why}; restarting its container. Its warnings and errors:\n${trouble.join("\n") || "none"}\n`
        + `Its last lines:\n${lines.slice(-6).join("\n")}`);
    pod.restarts++;
    pod.generation++;
    pod.ready = false;
    await exec("docker", ["restart", "-t", "5", pod.id]);
    pod.ip = await docker("inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", pod.id);
    pod.startedAt = Date.now();
    watch(pod);
}

// ---- Services: a name on the run's network, its port forwarded to its ready pods ----

const servicePort = (name) => objects.find((o) => o.kind === "Service" && o.metadata.name === name).spec.ports[0].port;
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);
const forwarders = [];
let stopping = false;

function startServices() {
    for (const service of objects.filter((o) => o.kind === "Service" && !listsEveryPod(o))) {
        const endpoints = () => pods.filter((p) => p.ready && matches(service.spec.selector, p.labels));
        for (const port of service.spec.ports) {
            let next = 0;
            const server = net.createServer((client) => {
                const ready = endpoints();
                if (ready.length === 0) {
                    client.destroy();
                    return;
                }
                const pod = ready[next++ % ready.length];
                const target = typeof port.targetPort === "string"
                    ? pod.spec.containers[0].ports.find((c) => c.name === port.targetPort).containerPort : (port.targetPort ?? port.port);
                const upstream = net.connect(target, pod.ip);
                client.pipe(upstream).pipe(client);
                const close = () => { client.destroy(); upstream.destroy(); };
                client.on("error", close);
                upstream.on("error", close);
            });
            server.listen(port.port, gateway);
            forwarders.push({ server, service: service.metadata.name, port: port.port });
        }
    }
}

// ---- Ingress: Debian's nginx, configured from the rendered Ingress ----

let nginx;
const INGRESS_HTTP = 18080;
const INGRESS_HTTPS = 18443;

function startIngress() {
    const ingresses = objects.filter((o) => o.kind === "Ingress");
    const conf = [];
    const cert = join(scratch, "tls.crt");
    const key = join(scratch, "tls.key");
    const tlsHosts = ingresses.flatMap((i) => (i.spec.tls ?? []).flatMap((t) => t.hosts));
    if (tlsHosts.length > 0) {
        // The TLS Secret is the operator's: a certificate made up for the run, for its hosts.
        execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", `/CN=${tlsHosts[0]}`,
            "-addext", `subjectAltName=${tlsHosts.map((h) => `DNS:${h}`).join(",")}`, "-keyout", key, "-out", cert], { stdio: "ignore" });
    }
    // As ingress-nginx does: the rules of every Ingress for one host make one server, each path a location with its
    // own Ingress's body size, timeouts and limits (an Exact path is nginx's "location =").
    const hosts = new Map();
    for (const ingress of ingresses) {
        const a = ingress.metadata.annotations ?? {};
        const rps = a["nginx.ingress.kubernetes.io/limit-rps"];
        if (rps) {
            conf.push(`limit_req_zone $binary_remote_addr zone=${ingress.metadata.name}_rps:10m rate=${rps}r/s;`);
        }
        for (const rule of ingress.spec.rules) {
            const host = hosts.get(rule.host) ?? { locations: [], redirect: false };
            hosts.set(rule.host, host);
            if (a["nginx.ingress.kubernetes.io/force-ssl-redirect"] === "true" || a["nginx.ingress.kubernetes.io/ssl-redirect"] !== "false") {
                host.redirect = true;
            }
            for (const path of rule.http.paths) {
                const backend = path.backend.service;
                host.locations.push(`        location ${path.pathType === "Exact" ? "= " : ""}${path.path} {
            proxy_pass http://${gateway}:${backend.port.number};
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
            client_max_body_size ${a["nginx.ingress.kubernetes.io/proxy-body-size"] ?? "1m"};
            proxy_read_timeout ${a["nginx.ingress.kubernetes.io/proxy-read-timeout"] ?? 60}s;
            proxy_send_timeout ${a["nginx.ingress.kubernetes.io/proxy-send-timeout"] ?? 60}s;
            proxy_buffering ${a["nginx.ingress.kubernetes.io/proxy-buffering"] ?? "off"};
            proxy_http_version 1.1;
            ${rps ? `limit_req zone=${ingress.metadata.name}_rps burst=${Number(rps) * Number(a["nginx.ingress.kubernetes.io/limit-burst-multiplier"] ?? 5)} nodelay;` : ""}
        }`);
            }
        }
    }
    for (const [name, host] of hosts) {
        const locations = host.locations.join("\n");
        if (tlsHosts.includes(name)) {
            conf.push(`    server { listen 127.0.0.1:${INGRESS_HTTPS} ssl; server_name ${name}; ssl_certificate ${cert}; ssl_certificate_key ${key};
        add_header Strict-Transport-Security "max-age=31536000" always;
${locations}
    }`);
            conf.push(host.redirect ? `    server { listen 127.0.0.1:${INGRESS_HTTP}; server_name ${name}; return 308 https://$host$request_uri; }`
                : `    server { listen 127.0.0.1:${INGRESS_HTTP}; server_name ${name};\n${locations}\n    }`);
        } else {
            conf.push(`    server { listen 127.0.0.1:${INGRESS_HTTP}; server_name ${name};\n${locations}\n    }`);
        }
    }
    const prefix = join(scratch, "nginx");
    mkdirSync(join(prefix, "logs"), { recursive: true });
    writeFileSync(join(prefix, "nginx.conf"), `daemon off; pid ${prefix}/nginx.pid; error_log ${prefix}/logs/error.log;
events {}
http {
    access_log ${prefix}/logs/access.log;
    client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
    server { listen 127.0.0.1:${INGRESS_HTTP} default_server; return 404; }
${conf.join("\n")}
}
`);
    nginx = spawn("nginx", ["-p", prefix, "-c", join(prefix, "nginx.conf")], { stdio: "inherit" });
}

// ---- what a client sees through the Ingress ----

async function curl(...args) {
    const result = await exec("curl", ["-sS", "-k", "--max-time", "20",
        "--resolve", `frontendapp.info:${INGRESS_HTTP}:127.0.0.1`, "--resolve", `frontendapp.info:${INGRESS_HTTPS}:127.0.0.1`,
        "--resolve", `weather.example.com:${INGRESS_HTTP}:127.0.0.1`, "--resolve", `weather.example.com:${INGRESS_HTTPS}:127.0.0.1`,
        ...args]);
    return result.stdout;
}

function baseOf(host) {
    const tls = objects.some((o) => o.kind === "Ingress" && (o.spec.tls ?? []).some((t) => t.hosts.includes(host)));
    return tls ? `https://${host}:${INGRESS_HTTPS}` : `http://${host}:${INGRESS_HTTP}`;
}

async function memoryOf(pod) {
    const out = (await exec("docker", ["stats", "--no-stream", "--format", "{{.MemUsage}}", pod.id])).stdout.trim();
    const used = out.split("/")[0].trim();
    const units = { B: 1, KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, kB: 1e3, MB: 1e6, GB: 1e9 };
    const [, n, u] = used.match(/^([0-9.]+)\s*([A-Za-z]+)$/) ?? [0, 0, "B"];
    return Number(n) * (units[u] ?? 1);
}

async function main() {
    await docker("network", "create", "--label", `pods.run=${run}`, run);
    gateway = await docker("network", "inspect", "-f", "{{(index .IPAM.Config 0).Gateway}}", run);
    serviceHosts = objects.filter((o) => o.kind === "Service" && !listsEveryPod(o)).map((s) => s.metadata.name);
    say(`network ${run} (gateway ${gateway}); ${pods.length} pods, Services ${serviceHosts.join(", ")}`);
    startServices();
    for (const pod of pods) {
        await startPod(pod);
        say(`started ${pod.name} (${pod.spec.containers[0].image})`);
    }
    // Ready within the startup probe's budget (plus the readiness probe's first period).
    const budget = (pod) => {
        const c = pod.spec.containers[0];
        const s = c.startupProbe ?? {};
        const r = c.readinessProbe ?? {};
        return ((s.initialDelaySeconds ?? 0) + (s.periodSeconds ?? 10) * (s.failureThreshold ?? 3)
            + (r.initialDelaySeconds ?? 0) + (r.periodSeconds ?? 10) * 2) * 1000;
    };
    const deadline = Date.now() + Math.max(...pods.map(budget));
    while (Date.now() < deadline && pods.some((p) => !p.ready)) {
        await sleep(500);
    }
    for (const pod of pods) {
        check(pod.ready && pod.readyAfter * 1000 <= budget(pod),
            `${pod.name} ready after ${pod.readyAfter?.toFixed(1) ?? "never"} s (budget ${budget(pod) / 1000} s)`);
    }
    await awaitOneGrid("started");
    startIngress();
    await sleep(1000);

    const todo = baseOf("frontendapp.info");
    const origin = todo.replace(`:${INGRESS_HTTPS}`, "").replace(`:${INGRESS_HTTP}`, "");
    const page = await curl("-o", "/dev/null", "-w", "%{http_code}", `${todo}/signin.xhtml`);
    check(page === "200", `the sign-in page through the Ingress at ${todo}: ${page}`);
    const account = `pods-${process.pid}`;
    const password = "pods check passphrase";
    const headers = await curl("-o", "/dev/null", "-D", "-", "-H", `Origin: ${origin}`, "--data-urlencode", "account=account",
        "--data-urlencode", `account:name=${account}`, "--data-urlencode", `account:password=${password}`,
        "--data-urlencode", `account:repeat=${password}`, "--data-urlencode", "account:submit=Create account",
        "--data-urlencode", "jakarta.faces.ViewState=stateless", `${todo}/signup.xhtml`);
    const session = headers.match(/todo_session=([^;]+);/)?.[1];
    check(Boolean(session), "an account is created through the Ingress (sign-up form, session cookie)");
    const title = `Pods check ${process.pid}`;
    const added = await curl("-o", "/dev/null", "-w", "%{http_code}", "-b", `todo_session=${session}`, "-H", `Origin: ${origin}`,
        "-H", "Content-Type: application/json", "-d", JSON.stringify({ title }), `${todo}/api/tasks`);
    check(added === "201", `a task is added through the Ingress: ${added}`);
    check((await curl("-b", `todo_session=${session}`, `${todo}/`)).includes(title), "the task is on the page");
    // An open page's stream of changes passes the Ingress unbuffered: a change made meanwhile arrives at once.
    const stream = curl("-N", "--max-time", "4", "-b", `todo_session=${session}`, `${todo}/api/live`);
    await sleep(1500);
    await curl("-o", "/dev/null", "-b", `todo_session=${session}`, "-H", `Origin: ${origin}`,
        "-H", "Content-Type: application/json", "-d", JSON.stringify({ title: `${title} (live)` }), `${todo}/api/tasks`);
    const heard = await stream;
    check(/event: ?change/.test(heard), `a change arrives on the live stream through the Ingress: ${JSON.stringify(heard.slice(0, 100))}`);
    // An import of more than the 64 KiB every other address takes passes (its own Ingress), and a task's post of as
    // much does not.
    const csv = join(scratch, "import.csv");
    writeFileSync(csv, "title,list\n" + Array.from({ length: 1500 }, (_, i) => `Imported task number ${i} with some words,Pods ${process.pid}`).join("\n") + "\n");
    const imported = await curl("-o", "/dev/null", "-w", "%{http_code}", "-b", `todo_session=${session}`, "-H", `Origin: ${origin}`,
        "-H", "Content-Type: text/csv", "--data-binary", `@${csv}`, `${todo}/api/import`);
    check(imported === "201", `a file of ${statSync(csv).size} bytes is imported through the Ingress: ${imported}`);
    if (imported !== "201") {
        const todoPod = pods.find((p) => p.name.startsWith("todo"));
        const logs = await exec("docker", ["logs", "--tail", "20", todoPod.id]);
        say(`${todoPod.name}: its last lines:\n${(logs.stdout + logs.stderr).trim()}`);
        const errors = join(scratch, "nginx", "logs", "error.log");
        say(`the Ingress's errors:\n${existsSync(errors) ? readFileSync(errors, "utf8").trim().split("\n").slice(-5).join("\n") : "none"}`);
    }
    const tooLarge = await curl("-o", "/dev/null", "-w", "%{http_code}", "-b", `todo_session=${session}`, "-H", `Origin: ${origin}`,
        "-H", "Content-Type: application/json", "--data-binary", `@${csv}`, `${todo}/api/tasks`);
    check(tooLarge === "413", `as large a body to /api/tasks is refused by the Ingress: ${tooLarge}`);
    const weather = await curl(`${baseOf("weather.example.com")}/weather/?city=Paris`);
    check(/"city":"Paris"/.test(weather) || /"status":50[234]/.test(weather),
        `the weather through weather.example.com answers (its provider is out of reach here): ${weather.slice(0, 120)}`);
    check(await curl("-o", "/dev/null", "-w", "%{http_code}", `${todo}/metrics`) === "404", "/metrics answers 404 through the Ingress");

    // A task survives removing the to-do and PostgreSQL containers: the claim's volume outlives them. Removed as a
    // kubelet deletes a pod: SIGTERM, its grace period, then SIGKILL (a PostgreSQL killed outright may leave a
    // postmaster.pid whose number another process of the new container holds, and refuse to start).
    for (const pod of pods) {
        pod.ready = false;
        pod.generation++;
        await exec("docker", ["stop", "--time", String(pod.spec.terminationGracePeriodSeconds ?? 30), pod.id]);
        await exec("docker", ["rm", "-f", pod.id]);
    }
    for (const pod of pods) {
        await startPod(pod);
    }
    const again = Date.now() + Math.max(...pods.map(budget));
    while (Date.now() < again && pods.some((p) => !p.ready)) {
        await sleep(500);
    }
    check((await curl("-b", `todo_session=${session}`, `${todo}/`)).includes(title),
        "the task and the sign-in survive new containers (the claim's named volume)");

    // Under load: no container past 80 % of its memory limit, none killed.
    let sampling = true;
    const sampler = (async () => {
        while (sampling) {
            for (const pod of pods) {
                pod.peak = Math.max(pod.peak, await memoryOf(pod));
            }
            await sleep(500);
        }
    })();
    const local = (base) => base.replace(/\/\/[^:/]+:/, "//127.0.0.1:");
    const rate = (result) => Number((result.stdout.match(/Requests\/sec:\s*([0-9.]+)/) ?? [])[1] ?? 0);
    const refused = (result) => Number((result.stdout.match(/Non-2xx or 3xx responses:\s*([0-9]+)/) ?? [])[1] ?? 0);
    // Through the Ingress, from one address: its per-client limit sheds most of it, and lets some through. A static
    // file, so that the client, not the service, sets the pace; and first, alone: beside the page load below, the
    // to-do answered it in 270 ms and 8 connections never got past the limit's burst (134 requests in 5 s).
    const throughIngress =
        await exec("wrk", ["-t1", "-c8", "-d5s", "-H", "Host: frontendapp.info", `${local(todo)}/icons/weather/clouds.svg`]);
    // Then two loads at once, each on its own pod, as the bench loads them: through the Services (the Ingress would
    // shed it, all of it coming from one address).
    const [pages, weatherLoad] = await Promise.all([
        exec("wrk", ["-t2", "-c16", "-d20s", "-H", `Cookie: todo_session=${session}`, "-H", "Host: frontendapp.info",
            `http://${gateway}:${servicePort("todo")}/`]),
        exec("wrk", ["-t1", "-c8", "-d10s", "-H", "Host: weather.example.com",
            `http://${gateway}:${servicePort("weather")}/weather/?city=Paris`]),
    ]);
    const total = Number((throughIngress.stdout.match(/([0-9]+) requests in/) ?? [])[1] ?? 0);
    check(refused(throughIngress) > 0 && refused(throughIngress) < total,
        `through the Ingress from one address: ${total - refused(throughIngress)} answers served, ${refused(throughIngress)} refused by its per-client limit`
        + (refused(throughIngress) > 0 ? "" : `\n${throughIngress.stdout}${throughIngress.stderr}`));
    say(`load through the Services: ${rate(pages)} pages/s (${refused(pages)} not 2xx), weather ${rate(weatherLoad)} req/s`);
    check(refused(pages) === 0 && rate(pages) > 0, `the to-do served ${rate(pages)} pages/s under load, every one a success`);
    sampling = false;
    await sampler;
    for (const pod of pods) {
        const killed = await docker("inspect", "-f", "{{.State.OOMKilled}}", pod.id) === "true";
        check(!killed && pod.peak <= 0.8 * pod.limit,
            `${pod.name}: peak ${(pod.peak / 2 ** 20).toFixed(0)} MiB of ${(pod.limit / 2 ** 20).toFixed(0)} MiB (${(100 * pod.peak / pod.limit).toFixed(0)} %), ${killed ? "killed" : "not killed"}`);
    }

    if (rollingRestart) {
        await rollingRestartUnderStream("todo", `${todo}/api/tasks`, "200", "-b", `todo_session=${session}`);
        // The weather replicas leave their data grid gracefully (their partitions handed over first); an empty city
        // is the service's own 400 (its provider is out of reach here), never the Ingress's 5xx.
        await rollingRestartUnderStream("weather", `${baseOf("weather.example.com")}/weather/?city=`, "400");
        await awaitOneGrid("after the roll");
    }

    // A container restarted by a failing probe is a pod that could not start (or stay up) on its own: a to-do
    // started beside its PostgreSQL must wait for it, not fail its deployment and be restarted.
    for (const pod of pods) {
        check(pod.restarts === 0, `${pod.name}: restarted by a failing probe ${pod.restarts} time(s)`);
    }

    console.log("\npod            ready after   restarts   peak memory / limit");
    for (const pod of pods) {
        console.log(`${pod.name.padEnd(15)}${(pod.readyAfter?.toFixed(1) ?? "-").padStart(8)} s ${String(pod.restarts).padStart(8)}   `
            + `${(pod.peak / 2 ** 20).toFixed(0)} MiB / ${(pod.limit / 2 ** 20).toFixed(0)} MiB`);
    }
}

/** The Deployment's strategy, one replica at a time, under a steady stream of page requests: none may fail. */
/**
 * The weather pods are one data grid (F16): each counts them all, within a minute (pods that started at once may
 * first form a grid each and merge; a member that stopped gracefully has left at once).
 */
async function awaitOneGrid(when) {
    const weatherPods = pods.filter((p) => p.labels["app.kubernetes.io/name"] === "weather");
    for (const pod of weatherPods) {
        const since = Date.now();
        let members;
        for (let tries = 0; tries < 60 && Number(members) !== weatherPods.length; tries++) {
            if (tries > 0) {
                await sleep(1000);
            }
            members = (await curl(`http://${pod.ip}:8080/health/ready`)).match(/"data_grid_members":"?(\d+)/)?.[1];
        }
        check(Number(members) === weatherPods.length, `${when}, ${pod.name} is one of a data grid of `
            + `${weatherPods.length} weather pods: its readiness counts ${members ?? "none"} (after ${((Date.now() - since) / 1000).toFixed(1)} s)`);
    }
}

/**
 * Rolls the named Deployment's replicas as its strategy says, while a request goes to it every 50 ms; every one must
 * get the application's own answer ({@code expected}), none the Ingress's 502/503/504 or no answer at all.
 */
async function rollingRestartUnderStream(name, url, expected, ...curlOptions) {
    const replicas = pods.filter((p) => p.workload.metadata.name === name);
    // The Deployment's strategy, with Kubernetes' defaults (25 % each): the surge rounds up, the unavailable down.
    const rolling = replicas[0].workload.spec.strategy?.rollingUpdate ?? {};
    const count = (value, round) => (String(value ?? "25%").endsWith("%")
        ? round((Number(String(value ?? "25%").slice(0, -1)) / 100) * replicas.length) : Number(value));
    const surge = count(rolling.maxSurge, Math.ceil);
    const unavailable = count(rolling.maxUnavailable, Math.floor);
    say(`rolling restart: maxSurge ${surge}, maxUnavailable ${unavailable}: ${surge > 0 ? "a new pod ready before an old one stops" : "an old pod stops first"}`);
    let served = 0;
    const failed = [];
    let streaming = true;
    const stream = (async () => {
        while (streaming) {
            const code = await curl("-o", "/dev/null", "-w", "%{http_code}", ...curlOptions, url);
            if (code === expected) {
                served++;
            } else {
                failed.push(code);
            }
            await sleep(50);
        }
    })();
    for (const pod of replicas) {
        const old = { ...pod };
        const oldId = pod.id;
        const stopOld = async () => {
            await exec("docker", ["stop", "-t", String(pod.spec.terminationGracePeriodSeconds ?? 30), oldId]);
            await exec("docker", ["rm", "-f", oldId]);
        };
        pod.ready = false; // out of the endpoints
        if (surge === 0) {
            await stopOld();
        }
        await startPod(pod);
        while (!pod.ready) {
            await sleep(200);
        }
        if (surge > 0) {
            await sleep(2000); // connections to the old pod finish
            await stopOld();
        }
        say(`rolled ${old.name}`);
    }
    streaming = false;
    await stream;
    check(failed.length === 0, `rolling restart of ${replicas.length} ${name} replicas: ${served} requests served, ${failed.length} failed ${failed.slice(0, 5).join(" ")}`);
}

function cleanup() {
    stopping = true;
    nginx?.kill();
    forwarders.forEach((f) => f.server.close());
    const ids = spawnSync("docker", ["ps", "-aq", "--filter", `label=pods.run=${run}`], { encoding: "utf8" }).stdout.trim().split("\n").filter(Boolean);
    if (ids.length > 0) {
        spawnSync("docker", ["rm", "-f", "-v", ...ids]);
    }
    const volumes = spawnSync("docker", ["volume", "ls", "-q", "--filter", `name=${run}`], { encoding: "utf8" }).stdout.trim().split("\n").filter(Boolean);
    if (volumes.length > 0) {
        spawnSync("docker", ["volume", "rm", ...volumes]);
    }
    spawnSync("docker", ["network", "rm", run]);
    rmSync(scratch, { recursive: true, force: true });
}

// Interrupted, or stopped by test.sh when a phase beside it fails: nothing of the run is left behind.
process.on("SIGINT", () => { cleanup(); process.exit(130); });
process.on("SIGTERM", () => { cleanup(); process.exit(143); });
try {
    await main();
} catch (error) {
    failures.push(error.message);
    console.error(`pods: ${error.stack}`);
} finally {
    cleanup();
}
say(failures.length === 0 ? "every check passed" : `${failures.length} failed:\n  ${failures.join("\n  ")}`);
process.exit(failures.length === 0 ? 0 : 1);

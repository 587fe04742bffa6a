// The edges the rendered overlays set up: the Ingress's limits and TLS, and the weather service's bounds on
// provider lookups inside Open-Meteo's free tier at the autoscaler's most replicas.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parseAllDocuments } from "yaml";
import { copyManifests, manifests, replace } from "./fixture.mjs";

function render(overlay) {
    const yaml = execFileSync("kubectl", ["kustomize", overlay], { encoding: "utf8", env: { ...process.env, KUBECONFIG: "/dev/null" } });
    return parseAllDocuments(yaml).map((d) => d.toJS()).filter(Boolean);
}

/** The weather service's defaults, where the ConfigMap sets nothing. */
const WEATHER_DEFAULTS = Object.fromEntries(readFileSync(
    join(manifests, "../weather-war/src/main/resources/META-INF/microprofile-config.properties"), "utf8")
    .split("\n").filter((line) => /^[a-z]/.test(line)).map((line) => line.split("=").map((part) => part.trim())));

const find = (objects, kind, name) => objects.find((o) => o.kind === kind && o.metadata.name.startsWith(name));

for (const name of ["minikube", "production"]) {
    test(`the ${name} Ingress limits every client and every body`, () => {
        const annotations = find(render(join(manifests, "overlays", name)), "Ingress", "todo-weather").metadata.annotations;
        assert.equal(annotations["nginx.ingress.kubernetes.io/limit-rps"], "20");
        assert.equal(annotations["nginx.ingress.kubernetes.io/limit-connections"], "20");
        assert.equal(annotations["nginx.ingress.kubernetes.io/proxy-body-size"], "64k");
    });
}

for (const name of ["minikube", "production"]) {
    test(`the ${name} Ingress lets 6 MB through to the two import addresses only, limited per client as the rest`, () => {
        const imports = find(render(join(manifests, "overlays", name)), "Ingress", "todo-imports");
        const annotations = imports.metadata.annotations;
        assert.equal(annotations["nginx.ingress.kubernetes.io/proxy-body-size"], "6m");
        assert.equal(annotations["nginx.ingress.kubernetes.io/limit-rps"], "20");
        assert.equal(annotations["nginx.ingress.kubernetes.io/limit-connections"], "20");
        const paths = imports.spec.rules.flatMap((rule) => rule.http.paths.map((path) => `${path.pathType} ${path.path}`));
        assert.deepEqual(paths.sort(), ["Exact /api/import", "Exact /transfer.xhtml"]);
        if (name === "production") {
            assert.equal(annotations["nginx.ingress.kubernetes.io/force-ssl-redirect"], "true");
            assert.deepEqual(imports.spec.tls.flatMap((tls) => tls.hosts), ["frontendapp.info"]);
        }
    });
}

for (const name of ["minikube", "production"]) {
    test(`the ${name} Ingress keeps the live stream open past its heartbeat, unbuffered, limited per client as the rest`, () => {
        const live = find(render(join(manifests, "overlays", name)), "Ingress", "todo-live");
        const annotations = live.metadata.annotations;
        // The service sends a comment every 25 s (LiveStreams): the controller must wait longer than that.
        assert.ok(Number(annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"]) > 25);
        assert.equal(annotations["nginx.ingress.kubernetes.io/proxy-buffering"], "off");
        assert.equal(annotations["nginx.ingress.kubernetes.io/proxy-body-size"], "64k");
        assert.equal(annotations["nginx.ingress.kubernetes.io/limit-rps"], "20");
        assert.equal(annotations["nginx.ingress.kubernetes.io/limit-connections"], "20");
        const paths = live.spec.rules.flatMap((rule) => rule.http.paths.map((path) => `${path.pathType} ${path.path}`));
        assert.deepEqual(paths, ["Exact /api/live"]);
        if (name === "production") {
            assert.equal(annotations["nginx.ingress.kubernetes.io/force-ssl-redirect"], "true");
            assert.deepEqual(live.spec.tls.flatMap((tls) => tls.hosts), ["frontendapp.info"]);
        }
    });
}

test("production serves both hosts over TLS only", () => {
    const ingress = find(render(join(manifests, "overlays/production")), "Ingress", "todo-weather");
    assert.equal(ingress.metadata.annotations["nginx.ingress.kubernetes.io/force-ssl-redirect"], "true");
    const hosts = ingress.spec.rules.map((rule) => rule.host).sort();
    assert.deepEqual(ingress.spec.tls.flatMap((tls) => tls.hosts).sort(), hosts);
});

/**
 * Whether the weather replicas share one allowance (F16): they find each other by PAYARA_CLUSTER_MODE=dns:NAME:PORT,
 * and NAME is a headless Service that selects the weather pods and leads to the port their data grid listens on.
 */
function sharesOneAllowance(objects) {
    const pod = find(objects, "Deployment", "weather").spec.template;
    const container = pod.spec.containers.find((c) => c.name === "weather");
    const mode = (container.env ?? []).find((variable) => variable.name === "PAYARA_CLUSTER_MODE")?.value ?? "";
    const [, host, port] = mode.match(/^dns:([a-z0-9-]+):(\d+)$/) ?? [];
    const service = objects.find((o) => o.kind === "Service" && o.metadata.name === host);
    if (!service || service.spec.clusterIP !== "None") {
        return false;
    }
    const selects = Object.entries(service.spec.selector ?? {}).every(([key, value]) => pod.metadata.labels[key] === value);
    const target = service.spec.ports.find((p) => p.port === Number(port))?.targetPort;
    const listening = (container.ports ?? []).find((p) => p.name === target || p.containerPort === target);
    return selects && listening?.containerPort === Number(port);
}

/**
 * Provider calls a day and a minute at the most replicas: each lookup is two calls (place, then weather); the bounds
 * are the whole service's where the replicas share them, else each replica's.
 */
function providerCalls(objects) {
    const config = find(objects, "ConfigMap", "weather-config").data;
    const autoscaler = find(objects, "HorizontalPodAutoscaler", "weather");
    const replicas = autoscaler ? autoscaler.spec.maxReplicas : find(objects, "Deployment", "weather").spec.replicas;
    const counting = sharesOneAllowance(objects) ? 1 : replicas;
    const bound = (key) => Number(config[key] ?? WEATHER_DEFAULTS[key.toLowerCase().replaceAll("_", ".").replace("weather.lookups.per.", "weather.lookups.per-")]);
    return { perMinute: 2 * counting * bound("WEATHER_LOOKUPS_PER_MINUTE"), perDay: 2 * counting * bound("WEATHER_LOOKUPS_PER_DAY") };
}

for (const name of ["minikube", "production"]) {
    test(`the ${name} weather service stays inside Open-Meteo's free tier at its most replicas`, () => {
        const { perMinute, perDay } = providerCalls(render(join(manifests, "overlays", name)));
        assert.ok(perMinute < 600, `${perMinute} calls a minute`);
        assert.ok(perDay <= 10000, `${perDay} calls a day`);
    });
}

test("replicas that do not share the data grid would pass the free tier, each with the whole allowance", (t) => {
    const root = copyManifests(t);
    replace(root, "base/weather.yaml", "value: dns:weather-grid:6900", 'value: ""');
    const { perDay } = providerCalls(render(join(root, "overlays/production")));
    assert.ok(perDay > 10000, `${perDay} calls a day`);
});

test("a grid Service with a cluster address hides the replicas from each other", (t) => {
    const root = copyManifests(t);
    replace(root, "base/weather.yaml", "  clusterIP: None\n", "");
    const { perDay } = providerCalls(render(join(root, "overlays/production")));
    assert.ok(perDay > 10000, `${perDay} calls a day`);
});

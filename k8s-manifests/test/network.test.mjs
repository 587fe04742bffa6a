// The table of who may reach whom under the NetworkPolicies (network.mjs), for both overlays, and broken copies
// that open what must stay closed failing on the line they change.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { copyManifests, editObject, manifests } from "./fixture.mjs";

const here = join(manifests, "test");

const EXPECTED = [
    "todo -> todo:8080/TCP deny",
    "todo -> weather:8080/TCP allow",
    "todo -> weather:6900/TCP deny",
    "todo -> postgres:5432/TCP allow",
    "todo -> stranger:8080/TCP deny",
    "todo -> kube-dns:53/UDP allow",
    "todo -> kube-dns:53/TCP allow",
    "todo -> internet:443/TCP deny",
    "todo -> internet:80/TCP deny",
    "todo -> metadata:80/TCP deny",
    "todo -> metadata:443/TCP deny",
    "todo -> api-server:443/TCP deny",
    "todo -> private-network:443/TCP deny",
    "weather -> todo:8080/TCP deny",
    "weather -> weather:8080/TCP deny",
    "weather -> weather:6900/TCP allow",
    "weather -> postgres:5432/TCP deny",
    "weather -> stranger:8080/TCP deny",
    "weather -> kube-dns:53/UDP allow",
    "weather -> kube-dns:53/TCP allow",
    "weather -> internet:443/TCP allow",
    "weather -> internet:80/TCP deny",
    "weather -> metadata:80/TCP deny",
    "weather -> metadata:443/TCP deny",
    "weather -> api-server:443/TCP deny",
    "weather -> private-network:443/TCP deny",
    "postgres -> todo:8080/TCP deny",
    "postgres -> weather:8080/TCP deny",
    "postgres -> weather:6900/TCP deny",
    "postgres -> postgres:5432/TCP deny",
    "postgres -> stranger:8080/TCP deny",
    "postgres -> kube-dns:53/UDP allow",
    "postgres -> kube-dns:53/TCP allow",
    "postgres -> internet:443/TCP deny",
    "postgres -> internet:80/TCP deny",
    "postgres -> metadata:80/TCP deny",
    "postgres -> metadata:443/TCP deny",
    "postgres -> api-server:443/TCP deny",
    "postgres -> private-network:443/TCP deny",
    "stranger -> todo:8080/TCP deny",
    "stranger -> weather:8080/TCP deny",
    "stranger -> weather:6900/TCP deny",
    "stranger -> postgres:5432/TCP deny",
    "stranger -> kube-dns:53/UDP allow",
    "stranger -> kube-dns:53/TCP allow",
    "stranger -> internet:443/TCP deny",
    "stranger -> internet:80/TCP deny",
    "stranger -> metadata:80/TCP deny",
    "stranger -> metadata:443/TCP deny",
    "stranger -> api-server:443/TCP deny",
    "stranger -> private-network:443/TCP deny",
    "ingress-nginx -> todo:8080/TCP allow",
    "ingress-nginx -> weather:8080/TCP allow",
    "ingress-nginx -> weather:6900/TCP deny",
    "ingress-nginx -> postgres:5432/TCP deny",
    "ingress-nginx -> stranger:8080/TCP deny",
    "prometheus -> todo:8080/TCP allow",
    "prometheus -> weather:8080/TCP allow",
    "prometheus -> weather:6900/TCP deny",
    "prometheus -> postgres:5432/TCP deny",
    "prometheus -> stranger:8080/TCP deny",
];

function table(overlay) {
    const run = spawnSync(process.execPath, [join(here, "check.mjs"), "--reachability", overlay], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout.trim().split("\n");
}

/** The lines of the table that differ from the expected one. */
function changes(overlay) {
    const lines = table(overlay);
    return lines.filter((line) => !EXPECTED.includes(line));
}

for (const name of ["minikube", "production"]) {
    test(`the ${name} overlay's policies allow exactly the table`, () => {
        assert.deepEqual(table(join(manifests, "overlays", name)), EXPECTED);
    });
}

test("without the default deny, any pod may reach a new pod of the namespace", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/network-policies.yaml", "NetworkPolicy", "default-deny",
        (policy) => policy.setIn(["spec", "podSelector"], { matchLabels: { "app.kubernetes.io/name": "nobody" } }));
    const opened = changes(join(root, "overlays/production"));
    assert.ok(opened.includes("ingress-nginx -> stranger:8080/TCP allow"), opened.join("\n"));
    assert.ok(opened.includes("prometheus -> stranger:8080/TCP allow"), opened.join("\n"));
});

test("an egress block without the metadata range lets the weather service reach 169.254.169.254", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/network-policies.yaml", "NetworkPolicy", "weather",
        (policy) => policy.deleteIn(["spec", "egress", 0, "to", 0, "ipBlock", "except", 4]));
    assert.deepEqual(changes(join(root, "overlays/production")), ["weather -> metadata:443/TCP allow"]);
});

test("an egress rule without ports lets the weather service reach the internet on any port", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/network-policies.yaml", "NetworkPolicy", "weather",
        (policy) => policy.deleteIn(["spec", "egress", 0, "ports"]));
    assert.deepEqual(changes(join(root, "overlays/minikube")), ["weather -> internet:80/TCP allow"]);
});

test("a data-grid rule open to every peer lets the ingress controller and Prometheus into the weather grid", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/network-policies.yaml", "NetworkPolicy", "weather",
        (policy) => policy.deleteIn(["spec", "ingress", 2, "from"]));
    // The namespace's own pods stay out: their egress is closed to the grid's port.
    assert.deepEqual(changes(join(root, "overlays/production")), [
        "ingress-nginx -> weather:6900/TCP allow",
        "prometheus -> weather:6900/TCP allow",
    ]);
});

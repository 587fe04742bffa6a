// [schema]: every object validates with its kubernetes-models model.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { assertProblem, copyManifests, editObject, replace } from "./fixture.mjs";

test("a field of the wrong type fails", (t) => {
    const root = copyManifests(t);
    replace(root, "base/weather.yaml", "containerPort: 8080", 'containerPort: "8080"');
    assertProblem(join(root, "overlays/minikube"),
        "[schema] Deployment/weather: spec.template.spec.containers[0].ports[0].containerPort must be integer");
});

test("a missing required field fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/ingress.yaml", "Ingress", "todo-weather",
        (ingress) => ingress.deleteIn(["spec", "rules", 1, "http", "paths", 0, "pathType"]));
    assertProblem(join(root, "overlays/minikube"),
        "[schema] Ingress/todo-weather: spec.rules[1].http.paths[0] must have required property pathType");
});

test("a kind without a model fails", (t) => {
    const root = copyManifests(t);
    writeFileSync(join(root, "overlays/production/certificate.yaml"), [
        "apiVersion: cert-manager.io/v1",
        "kind: Certificate",
        "metadata:",
        "  name: todo-weather",
        "spec:",
        "  secretName: todo-weather-tls",
        "",
    ].join("\n"));
    replace(root, "overlays/production/kustomization.yaml", "  - autoscaling.yaml\n", "  - autoscaling.yaml\n  - certificate.yaml\n");
    assertProblem(join(root, "overlays/production"),
        "[schema] Certificate/todo-weather: no kubernetes-models model for apiVersion cert-manager.io/v1, kind Certificate");
});

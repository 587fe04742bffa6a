// [reference]: what the objects point at exists in the overlay's output (or is listed as external).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { assertProblem, copyManifests, editObject, replace } from "./fixture.mjs";

test("a Service selector that matches no pod fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/weather.yaml", "Service", "weather",
        (service) => service.setIn(["spec", "selector", "app.kubernetes.io/name"], "wether"));
    assertProblem(join(root, "overlays/minikube"),
        '[reference] Service/weather: selector {"app.kubernetes.io/name":"wether","app.kubernetes.io/part-of":"todo-weather"} matches no pod template');
});

test("a named targetPort that no container has fails", (t) => {
    const root = copyManifests(t);
    replace(root, "base/todo.yaml", "targetPort: http", "targetPort: web");
    assertProblem(join(root, "overlays/minikube"),
        "[reference] Service/todo: port http: targetPort web is not a container port of Deployment/todo");
});

test("a numbered targetPort that no container has fails", (t) => {
    const root = copyManifests(t);
    replace(root, "base/postgres.yaml", "targetPort: postgres", "targetPort: 5433");
    assertProblem(join(root, "overlays/production"),
        "[reference] Service/postgres: port postgres: targetPort 5433 is not a container port of StatefulSet/postgres");
});

test("an Ingress backend naming a missing Service fails", (t) => {
    const root = copyManifests(t);
    replace(root, "base/ingress.yaml", "name: todo\n                port:\n                  number: 8080\n    - host: weather",
        "name: frontend\n                port:\n                  number: 8080\n    - host: weather");
    assertProblem(join(root, "overlays/production"), "[reference] Ingress/todo-weather: backend Service frontend not found");
});

test("an Ingress backend naming a missing port fails", (t) => {
    const root = copyManifests(t);
    replace(root, "base/ingress.yaml", "number: 8081", "number: 8080");
    assertProblem(join(root, "overlays/minikube"), "[reference] Ingress/todo-weather: backend Service weather has no port 8080");
});

test("a secretKeyRef to a missing key fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/todo.yaml", "Deployment", "todo", (deployment) =>
        deployment.setIn(["spec", "template", "spec", "containers", 0, "env", 1, "valueFrom", "secretKeyRef", "key"], "passwd"));
    assertProblem(join(root, "overlays/production"),
        "[reference] Deployment/todo: container todo env TODO_DB_PASSWORD: Secret todo-db has no key passwd");
});

test("an envFrom to a missing ConfigMap fails", (t) => {
    const root = copyManifests(t);
    replace(root, "base/weather.yaml", "name: weather-config", "name: weather-settings");
    assertProblem(join(root, "overlays/minikube"),
        "[reference] Deployment/weather: container weather envFrom: ConfigMap weather-settings not found");
});

test("a volume of a missing Secret fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/todo.yaml", "Deployment", "todo", (deployment) =>
        deployment.addIn(["spec", "template", "spec", "volumes"], { name: "certificates", secret: { secretName: "todo-certificates" } }));
    assertProblem(join(root, "overlays/minikube"),
        "[reference] Deployment/todo: volume certificates: Secret todo-certificates not found");
});

test("production without its list of external Secrets fails", (t) => {
    const root = copyManifests(t);
    rmSync(join(root, "overlays/production/external-secrets.json"));
    assertProblem(join(root, "overlays/production"),
        "[reference] Deployment/todo: container todo env TODO_DB_USER: Secret todo-db not found");
});

test("an autoscaler of a missing Deployment fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "overlays/production/autoscaling.yaml", "HorizontalPodAutoscaler", "weather",
        (autoscaler) => autoscaler.setIn(["spec", "scaleTargetRef", "name"], "weather-api"));
    assertProblem(join(root, "overlays/production"),
        "[reference] HorizontalPodAutoscaler/weather: scale target Deployment/weather-api not found");
});

test("a disruption budget that selects no pod fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "overlays/production/disruption-budgets.yaml", "PodDisruptionBudget", "todo",
        (budget) => budget.setIn(["spec", "selector", "matchLabels", "app.kubernetes.io/component"], "backend"));
    assertProblem(join(root, "overlays/production"),
        '[reference] PodDisruptionBudget/todo: selector {"matchLabels":{"app.kubernetes.io/component":"backend","app.kubernetes.io/name":"todo","app.kubernetes.io/part-of":"todo-weather"}} matches no pod template');
});

test("a NetworkPolicy whose peer selects no pod fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/network-policies.yaml", "NetworkPolicy", "postgres", (policy) =>
        policy.setIn(["spec", "ingress", 0, "from", 0, "podSelector", "matchLabels", "app.kubernetes.io/name"], "to-do"));
    assertProblem(join(root, "overlays/minikube"),
        '[reference] NetworkPolicy/postgres: peer podSelector {"matchLabels":{"app.kubernetes.io/name":"to-do"}} matches no pod template');
});

// [syntax]: what an API server refuses although every schema check passes; each rule fails on a broken copy.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CONTAINER, assertProblem, copyManifests, editObject } from "./fixture.mjs";

test("a Deployment whose selector does not match its template's labels fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/weather.yaml", "Deployment", "weather",
        (deployment) => deployment.setIn(["spec", "selector", "matchLabels", "app.kubernetes.io/name"], "wether"));
    assertProblem(join(root, "overlays/production"),
        "[syntax] Deployment/weather: selector app.kubernetes.io/name=wether does not match its pod template's labels");
});

test("a container port outside 1-65535 fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/todo.yaml", "Deployment", "todo",
        (deployment) => deployment.setIn([...CONTAINER, "ports", 0, "containerPort"], 70000));
    assertProblem(join(root, "overlays/minikube"), "[syntax] Deployment/todo: container todo: containerPort 70000 is outside 1-65535");
});

test("a label value with a space and ! fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/postgres.yaml", "Service", "postgres",
        (service) => service.setIn(["metadata", "labels", "app.kubernetes.io/component"], "data base!"));
    assertProblem(join(root, "overlays/minikube"),
        '[syntax] Service/postgres: metadata.labels: label app.kubernetes.io/component has the value "data base!", not a valid label value');
});

test("a port name longer than 15 characters fails, though probes and Service agree on it", (t) => {
    const root = copyManifests(t);
    const file = join(root, "base/weather.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replaceAll("port: http\n", "port: http-application\n")
        .replace("targetPort: http\n", "targetPort: http-application\n")
        .replace("- name: http\n              containerPort", "- name: http-application\n              containerPort"));
    assertProblem(join(root, "overlays/minikube"),
        '[syntax] Deployment/weather: container weather: port name "http-application" is not a valid port name (at most 15 lowercase letters, digits and \'-\', one letter at least)');
});

test("a probe with two handlers fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/todo.yaml", "Deployment", "todo",
        (deployment) => deployment.setIn([...CONTAINER, "livenessProbe", "tcpSocket"], { port: 8080 }));
    assertProblem(join(root, "overlays/production"),
        "[syntax] Deployment/todo: container todo: livenessProbe has 2 handlers (httpGet, tcpSocket); it must have exactly one");
});

test("a name that is no DNS name fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "overlays/production/disruption-budgets.yaml", "PodDisruptionBudget", "todo",
        (budget) => budget.setIn(["metadata", "name"], "Todo_Budget"));
    assertProblem(join(root, "overlays/production"), '[syntax] PodDisruptionBudget/Todo_Budget: name "Todo_Budget" is not a valid DNS subdomain');
});

test("a label key with two slashes fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/todo.yaml", "Service", "todo",
        (service) => service.setIn(["metadata", "labels", "example.com/team/name"], "lists"));
    assertProblem(join(root, "overlays/minikube"),
        '[syntax] Service/todo: metadata.labels: label key "example.com/team/name" is not a valid qualified name');
});

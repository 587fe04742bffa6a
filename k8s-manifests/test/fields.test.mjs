// [field]: every key is a field of its type; free maps (labels, annotations, limits...) hold any key.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { CONTAINER, assertProblem, check, copyManifests, editObject, replace } from "./fixture.mjs";

test("a misspelled probe fails", (t) => {
    const root = copyManifests(t);
    replace(root, "base/todo.yaml", "readinessProbe:", "readinesProbe:");
    assertProblem(join(root, "overlays/minikube"),
        "[field] Deployment/todo: unknown field spec.template.spec.containers[0].readinesProbe");
});

test("a misspelled imagePullPolicy fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/weather.yaml", "Deployment", "weather",
        (deployment) => deployment.setIn([...CONTAINER, "imagePullPolicyy"], "IfNotPresent"));
    assertProblem(join(root, "overlays/production"),
        "[field] Deployment/weather: unknown field spec.template.spec.containers[0].imagePullPolicyy");
});

test("a misspelled field in a volume claim template fails", (t) => {
    const root = copyManifests(t);
    replace(root, "base/postgres.yaml", "accessModes:", "accessMode:");
    assertProblem(join(root, "overlays/minikube"),
        "[field] StatefulSet/postgres: unknown field spec.volumeClaimTemplates[0].spec.accessMode");
});

test("any key of a free map passes", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/todo.yaml", "Deployment", "todo", (deployment) => {
        deployment.setIn(["metadata", "annotations", "example.com/anything"], "goes");
        deployment.setIn(["spec", "template", "spec", "nodeSelector", "disktype"], "ssd");
        deployment.setIn([...CONTAINER, "resources", "limits", "ephemeral-storage"], "1Gi");
    });
    const { status, output } = check(join(root, "overlays/minikube"));
    assert.equal(status, 0, output);
});

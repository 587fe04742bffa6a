// [container]: probes and resources on every container, pinned image tags.
import { join } from "node:path";
import { test } from "node:test";
import { CONTAINER, assertProblem, copyManifests, editObject, replace } from "./fixture.mjs";

test("a container without probes fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/weather.yaml", "Deployment", "weather", (deployment) => {
        deployment.deleteIn([...CONTAINER, "readinessProbe"]);
        deployment.deleteIn([...CONTAINER, "livenessProbe"]);
    });
    const overlay = join(root, "overlays/production");
    assertProblem(overlay, "[container] Deployment/weather: container weather has no readinessProbe");
    assertProblem(overlay, "[container] Deployment/weather: container weather has no livenessProbe");
});

test("a container without resource limits fails", (t) => {
    const root = copyManifests(t);
    editObject(root, "base/postgres.yaml", "StatefulSet", "postgres",
        (statefulSet) => statefulSet.deleteIn([...CONTAINER, "resources", "limits"]));
    assertProblem(join(root, "overlays/minikube"), "[container] StatefulSet/postgres: container postgres has no resources.limits");
});

test("an image tagged latest fails", (t) => {
    const root = copyManifests(t);
    replace(root, "overlays/minikube/kustomization.yaml",
        "name: todo-weather/todo\n    newTag: 1.0.0", "name: todo-weather/todo\n    newTag: latest");
    assertProblem(join(root, "overlays/minikube"),
        "[container] Deployment/todo: container todo: image todo-weather/todo:latest uses the tag latest");
});

test("an image without a tag fails", (t) => {
    const root = copyManifests(t);
    replace(root, "base/postgres.yaml", "image: postgres:16", "image: postgres");
    assertProblem(join(root, "overlays/production"), "[container] StatefulSet/postgres: container postgres: image postgres has no tag");
});

// The real overlays pass every check; one that kustomize cannot build fails.
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { check, copyManifests, manifests } from "./fixture.mjs";

for (const name of ["minikube", "production"]) {
    test(`the ${name} overlay passes every check`, () => {
        const overlay = join(manifests, "overlays", name);
        const { status, output } = check(overlay);
        assert.equal(status, 0, output);
        assert.equal(output, `${overlay}: ok\n`);
    });
}

test("an overlay that kustomize cannot build fails", (t) => {
    const root = copyManifests(t);
    rmSync(join(root, "overlays/production/autoscaling.yaml"));
    const overlay = join(root, "overlays/production");
    const { status, output } = check(overlay);
    assert.equal(status, 1, output);
    assert.match(output, /^\S+: \[build\] kubectl kustomize \S+ failed: .*autoscaling\.yaml/);
});

// For the tests: runs check.mjs, and makes temporary copies of the manifests to break one way each.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
export const manifests = dirname(here);

/** Runs check.mjs on the overlay directories: { status, output }. */
export function check(...dirs) {
    const run = spawnSync(process.execPath, [join(here, "check.mjs"), ...dirs], { encoding: "utf8" });
    return { status: run.status, output: run.stdout + run.stderr };
}

/** Asserts that check.mjs failed on the overlay and printed this problem. */
export function assertProblem(overlay, problem) {
    const { status, output } = check(overlay);
    assert.equal(status, 1, output);
    assert.ok(output.split("\n").includes(`${overlay}: ${problem}`), `expected "${problem}" in:\n${output}`);
}

/** A copy of base/ and overlays/ in a temporary directory, removed after the test. */
export function copyManifests(t) {
    const root = mkdtempSync(join(tmpdir(), "k8s-manifests-"));
    t.after(() => rmSync(root, { recursive: true, force: true }));
    for (const dir of ["base", "overlays"]) {
        cpSync(join(manifests, dir), join(root, dir), { recursive: true });
    }
    return root;
}

/** Replaces the only occurrence of text in a file of the copy. */
export function replace(root, file, text, replacement) {
    const path = join(root, file);
    const parts = readFileSync(path, "utf8").split(text);
    assert.equal(parts.length, 2, `${file} should hold "${text}" once`);
    writeFileSync(path, parts.join(replacement));
}

/** Changes one object of a YAML file of the copy through the yaml package's Document (setIn, deleteIn...). */
export function editObject(root, file, kind, name, change) {
    const path = join(root, file);
    const documents = parseAllDocuments(readFileSync(path, "utf8"));
    const document = documents.find((d) => d.get("kind") === kind && d.getIn(["metadata", "name"]) === name);
    assert.ok(document, `${file} has no ${kind}/${name}`);
    change(document);
    writeFileSync(path, documents.map(String).join(""));
}

/** Path of the first container of a workload, for editObject. */
export const CONTAINER = ["spec", "template", "spec", "containers", 0];

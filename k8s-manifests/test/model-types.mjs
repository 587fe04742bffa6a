// The Kubernetes schema as kubernetes-models ships it in readable form: its TypeScript declarations
// (<apiVersion>/<Kind>.d.ts and the files they import). The package's JSON schemas only ship compiled into
// validators, which accept unknown fields; these declarations name every field of every type.
//
// A declaration becomes one of these type nodes:
//   { t: "leaf" }                       string, number, boolean, a literal or a union of them
//   { t: "array", of }                  Array<T>
//   { t: "map", of }                    { [key: string]: T }: a free map (labels, resources.limits, data...)
//   { t: "object", props: Map }         an interface or inline object type; no props: free-form (JSON)
//   { t: "ref", file, name }            a name declared in, or imported into, that file (like a JSON $ref)
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const LEAF = { t: "leaf" };
const LEAF_WORDS = new Set(["string", "number", "boolean"]);
const parsedFiles = new Map();

/** The type node of a top-level model that kubernetes-models has (see loadModel in check.mjs). */
export function modelType(apiVersion, kind) {
    const file = fileURLToPath(import.meta.resolve(`kubernetes-models/${apiVersion}/${kind}`));
    return { t: "ref", file: file.replace(/\.m?js$/, ".d.ts"), name: `I${kind}` };
}

/** Follows references until a type node that is not one. */
export function resolveType(type) {
    while (type.t === "ref") {
        type = lookUp(type.file, type.name);
    }
    return type;
}

function lookUp(file, name) {
    const { declarations, imports, exportedAs } = parseFile(file);
    const local = declarations.get(exportedAs.get(name) ?? name);
    if (local) {
        return local;
    }
    const imported = imports.get(name);
    if (!imported) {
        throw new Error(`${file}: no declaration of ${name}`);
    }
    return { t: "ref", file: declarationFile(file, imported.from), name: imported.name };
}

function declarationFile(fromFile, specifier) {
    if (specifier.startsWith(".")) {
        return resolve(dirname(fromFile), `${specifier}.d.ts`);
    }
    for (let dir = dirname(fromFile); dir !== dirname(dir); dir = dirname(dir)) {
        const candidate = join(dir, "node_modules", `${specifier}.d.ts`);
        if (existsSync(candidate)) {
            return candidate;
        }
    }
    throw new Error(`${fromFile}: cannot find ${specifier}`);
}

function parseFile(file) {
    if (!parsedFiles.has(file)) {
        parsedFiles.set(file, parseDeclarations(file, tokenize(readFileSync(file, "utf8"))));
    }
    return parsedFiles.get(file);
}

function tokenize(source) {
    const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    return code.match(/"(?:[^"\\]|\\.)*"|[A-Za-z_$][\w$]*|\S/g) ?? [];
}

/** The file's interfaces and type aliases, its imports, and the names it exports them under. */
function parseDeclarations(file, tokens) {
    const result = { declarations: new Map(), imports: new Map(), exportedAs: new Map() };
    const reader = new TypeReader(file, tokens);
    while (!reader.done()) {
        const token = reader.next();
        if (token === "import" && reader.peek() === "{") {
            const from = reader.readRenames();
            reader.expect("from");
            const specifier = JSON.parse(reader.next());
            for (const [name, local] of from) {
                result.imports.set(local, { from: specifier, name });
            }
        } else if (token === "export" && reader.peek() === "{") {
            for (const [local, exported] of reader.readRenames()) {
                result.exportedAs.set(exported, local);
            }
        } else if (token === "interface") {
            const name = reader.next();
            reader.skipTo("{");
            result.declarations.set(name, reader.readMembers());
        } else if (token === "type") {
            const name = reader.next();
            reader.expect("=");
            result.declarations.set(name, reader.readType());
        } else if (token === "class") {
            reader.skipTo("{");
            reader.skipBlock();
        }
    }
    return result;
}

/** Reads the small part of TypeScript that the generated declarations use. */
class TypeReader {
    constructor(file, tokens) {
        this.file = file;
        this.tokens = tokens;
        this.at = 0;
    }

    done() {
        return this.at >= this.tokens.length;
    }

    peek() {
        return this.tokens[this.at];
    }

    next() {
        return this.tokens[this.at++];
    }

    expect(token) {
        const found = this.next();
        if (found !== token) {
            throw new Error(`${this.file}: expected ${token}, found ${found}`);
        }
    }

    skipTo(token) {
        while (this.next() !== token) {
            if (this.done()) {
                throw new Error(`${this.file}: no ${token}`);
            }
        }
    }

    /** After "{": skips to the matching "}". */
    skipBlock() {
        for (let depth = 1; depth > 0; ) {
            const token = this.next();
            depth += token === "{" ? 1 : token === "}" ? -1 : 0;
        }
    }

    /** "{ a, b as c }" as [[a, a], [b, c]]. */
    readRenames() {
        this.expect("{");
        const renames = [];
        while (this.peek() !== "}") {
            const name = this.next();
            const alias = this.peek() === "as" ? (this.next(), this.next()) : name;
            renames.push([name, alias]);
            if (this.peek() === ",") {
                this.next();
            }
        }
        this.next();
        return renames;
    }

    readType() {
        const members = [this.readPrimary()];
        while (this.peek() === "|") {
            this.next();
            members.push(this.readPrimary());
        }
        return members.length === 1 ? members[0] : LEAF;
    }

    readPrimary() {
        const token = this.next();
        if (token === "{") {
            return this.readMembers();
        }
        if (token === "Array") {
            this.expect("<");
            const of = this.readType();
            this.expect(">");
            return { t: "array", of };
        }
        if (token.startsWith('"') || LEAF_WORDS.has(token)) {
            return LEAF;
        }
        return { t: "ref", file: this.file, name: token };
    }

    /** After "{": properties ("name"?: T;) or an index signature ([key: string]: T;), up to "}". */
    readMembers() {
        const props = new Map();
        let indexed;
        while (this.peek() !== "}") {
            if (this.peek() === "[") {
                this.skipTo("]");
                this.expect(":");
                indexed = this.readType();
            } else {
                const name = JSON.parse(this.next());
                if (this.peek() === "?") {
                    this.next();
                }
                this.expect(":");
                props.set(name, this.readType());
            }
            if (this.peek() === ";" || this.peek() === ",") {
                this.next();
            }
        }
        this.next();
        return indexed ? { t: "map", of: indexed } : { t: "object", props };
    }
}

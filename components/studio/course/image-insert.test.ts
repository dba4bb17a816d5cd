import { describe, expect, it } from "vitest";
import { altFromFileName, imageMarkdown, insertBlock, replacePlaceholder, uploadPlaceholder } from "./image-insert";

describe("image insertion", () => {
  it("derives alt text from the file name", () => {
    expect(altFromFileName("cache-diagram_v2.png")).toBe("cache diagram v2");
    expect(altFromFileName("[x].jpg")).toBe("x");
    expect(altFromFileName(".png")).toBe("image");
  });

  it("puts the image on a line of its own at the cursor, replacing a selection", () => {
    expect(insertBlock("ab", 1, 1, "IMG")).toEqual({ text: "a\nIMG\nb", caret: 5 });
    expect(insertBlock("a\n\nb", 2, 2, "IMG")).toEqual({ text: "a\nIMG\nb", caret: 5 });
    expect(insertBlock("", 0, 0, "IMG")).toEqual({ text: "IMG", caret: 3 });
    expect(insertBlock("a SEL b", 2, 5, "IMG")).toEqual({ text: "a \nIMG\n b", caret: 6 });
  });

  it("replaces the upload's own placeholder even after the text moved", () => {
    const first = uploadPlaceholder("Uploading…", 1);
    const second = uploadPlaceholder("Uploading…", 2);
    const text = `intro\n${first}\nmiddle\n${second}`;
    const done = replacePlaceholder(`new line\n${text}`, second, imageMarkdown("b", "/api/uploads/x"));
    expect(done).toBe(`new line\nintro\n${first}\nmiddle\n![b](/api/uploads/x)`);
    expect(replacePlaceholder("deleted meanwhile", first, "x")).toBe("deleted meanwhile");
    expect(replacePlaceholder(first, first, "$&")).toBe("$&"); // no replacement patterns
  });
});

/** Why a .docx could not be made; apart from docx.ts, so that catching it does not load the docx library. */
export class DocxRenderError extends Error {
  constructor(
    message: string,
    /** The address of a picture that could not be put in the document (validate's field/picture says why). */
    readonly picture?: string,
  ) {
    super(message);
  }
}

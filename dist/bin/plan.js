export { S as EXIT, x as main } from "./core.js";

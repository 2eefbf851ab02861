export { S as EXIT, x as main } from "./core-8yg6vkI1.js";

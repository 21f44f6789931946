/** @module the booklet's full text (CC BY-NC-ND 3.0 IGO, © IOM 2021), vendored verbatim as the dataset's provenance */
export { bookletText } from './generated/booklet-text.js';

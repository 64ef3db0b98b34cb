/**
 * The faces of the three-point pictorial scale for young children, drawn as
 * SVG on the server. Each is an image with its own name ("Sad face: no"), so
 * someone who cannot see it hears what it shows; the word under it is the
 * same answer in short, and the radio button beside it works as usual.
 */
type FaceKind = "sad" | "neutral" | "happy";

const MOUTHS: Record<FaceKind, string> = {
  sad: "M15 31 Q24 23 33 31",
  neutral: "M15 29 H33",
  happy: "M15 27 Q24 36 33 27",
};

export function Face({ kind, name }: { kind: FaceKind; name: string }) {
  return (
    <svg class={`face face-${kind}`} viewBox="0 0 48 48" width="56" height="56" role="img" aria-label={name}>
      <circle cx="24" cy="24" r="21" class="face-head" />
      <circle cx="17" cy="19" r="2.5" class="face-eye" />
      <circle cx="31" cy="19" r="2.5" class="face-eye" />
      <path d={MOUTHS[kind]} class="face-mouth" />
    </svg>
  );
}

import { listingMetadata, listingStaticParams, type ListingRouteProps } from '@/lib/seo/listing';
import { metadataOf } from '@/lib/seo/metadata-guard';
import { Listing } from '@/components/lists/Listing';

// /section/<slug>, /tag/<slug>, /author/<slug>, each with /<page> for page 2 on.
export const instant = false;
export const generateStaticParams = listingStaticParams;
export const generateMetadata = ({ params }: ListingRouteProps) => metadataOf(() => listingMetadata(params));

export default function ListingPage({ params }: ListingRouteProps) {
  return <Listing params={params} />;
}
